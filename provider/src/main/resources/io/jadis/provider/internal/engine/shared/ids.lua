-- A page of the id registry in id order. KEYS[1] = id registry; ARGV[1] = '-' or '(' .. last id
-- seen; ARGV[2] = page size.
return redis.call('ZRANGE', KEYS[1], ARGV[1], '+', 'BYLEX', 'LIMIT', 0, ARGV[2])
