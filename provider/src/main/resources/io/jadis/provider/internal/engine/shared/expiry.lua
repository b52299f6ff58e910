-- Time to live: a document that expires has its expiry moment (ms) in its type's expiry set, so that
-- counts can leave expired ids out without KEYS, writes can forget them, and rewrites can restore
-- the moment. Redis removes a key once the time is past its moment, so an id whose moment is past
-- names no document.

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
local function exp_is_tracked(zset)
  local tracked = exp_tracked[zset]
  if tracked == nil then
    tracked = redis.call('EXISTS', zset) == 1
    exp_tracked[zset] = tracked
  end
  return tracked
end

local function exp_touch(key, zset, id, policy, created)
  local ttl, mode = policy:match('^(%d+):(%a)$')
  ttl = tonumber(ttl)
  if ttl == 0 and not exp_is_tracked(zset) then return end
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

-- Forgets up to 100 ids of documents of the type whose moment has passed, from its id registry
-- ('<prefix>:#ids') and expiry set. Writes call it, so the registry sheds expired ids as fast as
-- writes add them, at a bounded cost per call; counts and scans leave them out meanwhile.
local function exp_forget(registry, zset)
  if not exp_is_tracked(zset) then return end
  local due = redis.call('ZRANGEBYSCORE', zset, '-inf', '(' .. exp_now(), 'LIMIT', 0, 100)
  local prefix = registry:sub(1, -5)
  for _, id in ipairs(due) do
    -- A script sees keys as of its start, so a document due a moment ago may still be there: it is
    -- forgotten by a later write. One with no time to live left (made persistent from outside)
    -- stays, and only its moment goes.
    local ttl = redis.call('PTTL', prefix .. id)
    if ttl == -2 then redis.call('ZREM', registry, id) end
    if ttl < 0 then redis.call('ZREM', zset, id) end
  end
end
