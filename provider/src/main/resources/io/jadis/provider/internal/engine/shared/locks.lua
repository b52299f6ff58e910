-- Entity locks hold against every writer, not only against other lock takers. A lock is a Redisson
-- RLock: a hash at <prefix>:#lock:<id> whose fields are its owners, '<Redisson client id>:<thread id>',
-- gone when released or when its lease ran out. A write function gets its caller's owner name as its
-- last argument (see jadis_enter) and, once it knows which documents it will write, refuses with
-- {'locked', lock key...} when someone else holds the lock of any of them; it has then written
-- nothing, and the caller sends it again once the locks are free. Checking in the same step as the
-- write leaves no moment between the check and the write.

-- Appends to held the lock key of the document id, of the type whose id registry is registry
-- ('<prefix>:#ids'), when another owner holds that lock.
local function lock_note(held, registry, id)
  local key = registry:sub(1, -4) .. 'lock:' .. id
  if redis.call('EXISTS', key) == 1 and redis.call('HEXISTS', key, lock_owner) == 0 then
    held[#held + 1] = key
  end
end

-- The refusal for the locks in held, or nil when there are none.
local function lock_refusal(held)
  if #held == 0 then return nil end
  table.insert(held, 1, 'locked')
  return held
end
