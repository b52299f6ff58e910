-- Deletes every document of a type, its id registry, expiry set and index entries. KEYS[1] = id
-- registry; KEYS[2] = expiry set; KEYS[3] = index registry; ARGV[1] = key prefix with its ':'.
-- Nothing is deleted while another owner holds the lock of any of them. Needs locks.lua.
-- Reply: {'ok', deleted count} or {'locked', lock key...}
local ids = redis.call('ZRANGE', KEYS[1], 0, -1)
local held = {}
for i = 1, #ids do
  lock_note(held, KEYS[1], ids[i])
end
local refusal = lock_refusal(held)
if refusal then return refusal end
local deleted = 0
for i = 1, #ids do
  deleted = deleted + redis.call('DEL', ARGV[1] .. ids[i])
end
redis.call('DEL', KEYS[1], KEYS[2])
for _, name in ipairs(redis.call('HKEYS', KEYS[3])) do
  redis.call('DEL', ARGV[1] .. '#idx:' .. name)
end
return {'ok', deleted}
