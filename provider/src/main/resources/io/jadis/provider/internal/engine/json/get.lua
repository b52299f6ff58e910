-- Reads documents. KEYS = document keys; ARGV[1] = JSONPath of the revision.
-- Reply: per key {document, revision reply}, {} when absent, or {'#wrongtype', type}.
local out = {}
for i = 1, #KEYS do
  local t = redis.call('TYPE', KEYS[i]).ok
  if t == 'ReJSON-RL' then
    out[i] = {redis.call('JSON.GET', KEYS[i]), redis.call('JSON.GET', KEYS[i], ARGV[1])}
  elseif t == 'none' then
    out[i] = {}
  else
    out[i] = {'#wrongtype', t}
  end
end
return out
