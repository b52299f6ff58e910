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
-- goes last: it overrides a @Version attribute's value among the arguments.
local function jadis_store(key, from, count, existed, revField, rev)
  if existed then redis.call('DEL', key) end
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
end
