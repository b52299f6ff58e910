-- The portable engine's document primitives: a document is a hash (see HashLayout.java).

-- The revision of the document at key as a string, false when there is none, or an error reply
-- table when the key holds something Jadis did not write.
local function jadis_revision(key, revField, index)
  local t = redis.call('TYPE', key).ok
  if t == 'none' then return false end
  if t ~= 'hash' then return {'wrongtype', index, t} end
  local rev = redis.call('HGET', key, revField)
  if not rev then return {'foreign', index, ''} end
  return rev
end

-- Replaces the document at key by the `count` field/value arguments from ARGV[from] and the
-- revision rev, in HSET slices that stay far below Lua's limit on unpacked values. The revision
-- goes last: it overrides a @Version attribute's value among the arguments. An existing hash is
-- overwritten in place rather than deleted and built again (a tenth less server time for a save
-- of a 1 KB entity); fields the new document lacks (a shorter list, a removed map key) are then
-- deleted.
local function jadis_store(key, from, count, existed, revField, rev)
  local last = from + count - 1
  local i = from
  while i + 999 < last do
    redis.call('HSET', key, unpack(ARGV, i, i + 999))
    i = i + 1000
  end
  local tail = {unpack(ARGV, i, last)}
  tail[#tail + 1] = revField
  tail[#tail + 1] = rev
  redis.call('HSET', key, unpack(tail))
  if not existed then return end
  local fields, keep = 1, {[revField] = true}
  for f = from, last, 2 do
    if not keep[ARGV[f]] then
      keep[ARGV[f]] = true
      fields = fields + 1
    end
  end
  if redis.call('HLEN', key) == fields then return end
  local stale = {}
  for _, f in ipairs(redis.call('HKEYS', key)) do
    if not keep[f] then stale[#stale + 1] = f end
  end
  for s = 1, #stale, 1000 do
    redis.call('HDEL', key, unpack(stale, s, math.min(s + 999, #stale)))
  end
end
