-- Secondary indexes: every write keeps the indexes of its document's type (listed in the hash
-- <prefix>:#indexes) in the same step. An index is a sorted set <prefix>:#idx:<name>:
--   score kinds (n number, b boolean, e:A,B,C enum by ordinal): member id, score the value;
--   text kinds (l text, u upper-cased text, t date/time): member value .. '\0' .. id, score 0.
-- A null or absent value has no entry. Needs text.lua, program.lua and the engine's doc.lua.
-- Index specs in the hash: '<kind>|<path token>|<state>'.

local idx_cache = {}

-- The index definitions of the type whose registry hash is at key: {name, kind, segs, zset}.
local function idx_defs(key, prefix)
  local defs = idx_cache[key]
  if defs then return defs end
  defs = {}
  local all = redis.call('HGETALL', key)
  for i = 1, #all, 2 do
    local kind, path = all[i + 1]:match('^([^|]+)|([^|]+)|')
    defs[#defs + 1] = {name = all[i], kind = kind, segs = prog_path(path), zset = prefix .. '#idx:' .. all[i]}
  end
  idx_cache[key] = defs
  return defs
end

-- The index entry of a value (JSON text at the path): a score or a text, nil for none.
local function idx_entry(kind, text)
  if text == nil or text == 'null' then return nil end
  local k = kind:sub(1, 1)
  if k == 'n' then
    local n = tonumber(text:sub(1, 1) == '"' and json_decode_string(text) or text)
    if not n or n ~= n or n == math.huge or n == -math.huge then return nil end
    return n
  end
  if k == 'b' then return text == 'true' and 1 or 0 end
  local s = text:sub(1, 1) == '"' and json_decode_string(text) or text
  if k == 'e' then
    local position = 0
    for name in kind:sub(3):gmatch('[^,]+') do
      if name == s then return position end
      position = position + 1
    end
    return nil
  end
  if k == 'u' then return str_upper(s) end
  if k == 't' then return prog_time_key(s) end
  return s
end

-- The entries of a document for every index, read through get(ws, segs); ws nil means none.
local function idx_read(defs, get, ws)
  local entries = {}
  if ws then
    for i, d in ipairs(defs) do entries[i] = idx_entry(d.kind, get(ws, d.segs)) end
  end
  return entries
end

-- Moves the document id from its old entries to its new ones.
local function idx_write(defs, id, old, new)
  for i, d in ipairs(defs) do
    local before, after = old[i], new[i]
    if before ~= after then
      if type(before) == 'string' then redis.call('ZREM', d.zset, before .. '\0' .. id) end
      if after == nil then
        if type(before) == 'number' then redis.call('ZREM', d.zset, id) end
      elseif type(after) == 'number' then
        redis.call('ZADD', d.zset, after, id)
      else
        redis.call('ZADD', d.zset, 0, after .. '\0' .. id)
      end
    end
  end
end
