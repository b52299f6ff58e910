-- What the server offers: {version, 1 if the JSON commands exist else 0}. redis.REDIS_VERSION
-- exists from Redis 7.0 on. KEYS[1] = a key that need not exist.
local json = pcall(redis.call, 'JSON.TYPE', KEYS[1])
return {redis.REDIS_VERSION or '', json and 1 or 0}
