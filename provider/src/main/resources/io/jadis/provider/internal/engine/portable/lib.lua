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

-- Replaces the document at key by the `count` field/value arguments from ARGV[from], in HSET
-- slices that stay far below Lua's limit on unpacked values.
local function jadis_store(key, from, count, existed)
  if existed then redis.call('DEL', key) end
  local last = from + count - 1
  local i = from
  while i <= last do
    local stop = math.min(i + 999, last)
    redis.call('HSET', key, unpack(ARGV, i, stop))
    i = stop + 1
  end
end

local function jadis_set_revision(key, revField, rev)
  redis.call('HSET', key, revField, rev)
end
