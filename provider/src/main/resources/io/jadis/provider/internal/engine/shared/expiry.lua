-- Time to live: a document that expires has its expiry moment (ms) in its type's expiry set, so that
-- counts can forget expired ids without KEYS, and rewrites can restore the moment.

local function exp_now()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

-- Per call: whether an expiry set exists. A type without a time to live has one only once an
-- atomic update gave a document a moment of its own; until then writes need not look at it.
local exp_tracked = {}

-- After a write (or, for sliding expiry, a read) of the document id at key. policy is
-- '<ttl ms>:f' (fixed: the moment set at creation stays) or '<ttl ms>:s' (sliding: starts again);
-- a document with a moment of its own (set by an atomic update) keeps it.
local function exp_touch(key, zset, id, policy, created)
  local ttl, mode = policy:match('^(%d+):(%a)$')
  ttl = tonumber(ttl)
  if ttl == 0 then
    local tracked = exp_tracked[zset]
    if tracked == nil then
      tracked = redis.call('EXISTS', zset) == 1
      exp_tracked[zset] = tracked
    end
    if not tracked then return end
  end
  local at = tonumber(redis.call('ZSCORE', zset, id))
  if ttl > 0 and (mode == 's' or created or not at) then at = exp_now() + ttl end
  if at then
    redis.call('PEXPIREAT', key, at)
    redis.call('ZADD', zset, at, id)
  end
end

-- Gives the document id at key ms milliseconds to live from now.
local function exp_set(key, zset, id, ms)
  local at = exp_now() + tonumber(ms)
  redis.call('PEXPIREAT', key, at)
  redis.call('ZADD', zset, at, id)
  exp_tracked[zset] = true
end
