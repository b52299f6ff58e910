-- The number of documents of a type: the ids in its registry but those whose moment has passed
-- (writes forget those later, see exp_forget). Reads only. KEYS[1] = id registry; KEYS[2] = expiry set.
return {redis.call('ZCARD', KEYS[1]) - redis.call('ZCOUNT', KEYS[2], '-inf', '(' .. exp_now())}
