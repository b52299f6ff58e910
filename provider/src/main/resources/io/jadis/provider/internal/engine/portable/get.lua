-- Reads documents. KEYS = document keys.
-- Reply: per key the flat HGETALL list ({} when absent), or {'#wrongtype', type} for a key that is
-- not a hash.
local out = {}
for i = 1, #KEYS do
  local t = redis.call('TYPE', KEYS[i]).ok
  if t == 'hash' then
    out[i] = redis.call('HGETALL', KEYS[i])
  elseif t == 'none' then
    out[i] = {}
  else
    out[i] = {'#wrongtype', t}
  end
end
return out
