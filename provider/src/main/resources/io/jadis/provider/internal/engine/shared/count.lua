-- The number of documents of a type, after forgetting the ids of documents that expired.
-- KEYS[1] = id registry; KEYS[2] = expiry set; ARGV[1] = key prefix with its ':'.
local due = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', exp_now(), 'LIMIT', 0, 1000)
while #due > 0 do
  for _, id in ipairs(due) do
    if redis.call('EXISTS', ARGV[1] .. id) == 0 then redis.call('ZREM', KEYS[1], id) end
    redis.call('ZREM', KEYS[2], id)
  end
  due = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', exp_now(), 'LIMIT', 0, 1000)
end
return {redis.call('ZCARD', KEYS[1])}
