-- The native engine's document primitives: a document is a RedisJSON value.

-- The revision of the document at key as a string, false when there is none, or an error reply
-- table when the key holds something Jadis did not write. revPath is a JSONPath such as $["#rev"].
local function jadis_revision(key, revPath, index)
  local t = redis.call('TYPE', key).ok
  if t == 'none' then return false end
  if t ~= 'ReJSON-RL' then return {'wrongtype', index, t} end
  local rev = string.match(redis.call('JSON.GET', key, revPath), '^%[(%-?%d+)%]$')
  if not rev then return {'foreign', index, ''} end
  return rev
end

-- Replaces the document at key by the JSON text in ARGV[from] with the revision rev.
local function jadis_store(key, from, count, existed, revPath, rev)
  redis.call('JSON.SET', key, '$', ARGV[from])
  redis.call('JSON.SET', key, revPath, rev)
end
