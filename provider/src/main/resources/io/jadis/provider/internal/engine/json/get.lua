-- Reads documents. KEYS[1] = expiry set, KEYS[1 + i] = key of document i; ARGV[1] = expiry
-- policy; ARGV[1 + i] = id of document i. Needs expiry.lua.
-- Reply: per key {document} (the client reads the revision member), {} when absent, or
-- {'#wrongtype', type}. Sliding expiry starts again for every document read.
local sliding = ARGV[1]:sub(-1) == 's'
local out = {}
for i = 2, #KEYS do
  local t = redis.call('TYPE', KEYS[i]).ok
  if t == 'ReJSON-RL' then
    out[i - 1] = {redis.call('JSON.GET', KEYS[i])}
    if sliding then exp_touch(KEYS[i], KEYS[1], ARGV[i], ARGV[1], false) end
  elseif t == 'none' then
    out[i - 1] = {}
  else
    out[i - 1] = {'#wrongtype', t}
  end
end
return out
