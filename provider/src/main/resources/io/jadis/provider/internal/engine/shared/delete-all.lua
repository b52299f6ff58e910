-- Deletes every document of a type, its id registry, expiry set and index entries. KEYS[1] = id
-- registry; KEYS[2] = expiry set; KEYS[3] = index registry; ARGV[1] = key prefix with its ':'.
-- Reply: {'ok', deleted count}
local ids = redis.call('ZRANGE', KEYS[1], 0, -1)
local deleted = 0
for i = 1, #ids do
  deleted = deleted + redis.call('DEL', ARGV[1] .. ids[i])
end
redis.call('DEL', KEYS[1], KEYS[2])
for _, name in ipairs(redis.call('HKEYS', KEYS[3])) do
  redis.call('DEL', ARGV[1] .. '#idx:' .. name)
end
return {'ok', deleted}
