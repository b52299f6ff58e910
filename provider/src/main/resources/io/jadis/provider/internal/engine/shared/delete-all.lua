-- Deletes every document of a type, its id registry and expiry set. KEYS[1] = id registry;
-- KEYS[2] = expiry set; ARGV[1] = key prefix with its ':'. Reply: {'ok', deleted count}
local ids = redis.call('ZRANGE', KEYS[1], 0, -1)
local deleted = 0
for i = 1, #ids do
  deleted = deleted + redis.call('DEL', ARGV[1] .. ids[i])
end
redis.call('DEL', KEYS[1], KEYS[2])
return {'ok', deleted}
