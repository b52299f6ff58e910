-- Ids from one index, in index order (needs the engine's doc.lua for documents). KEYS[1] = the index's sorted set; KEYS[2] = the type's
-- index registry; ARGV[1] = index name (the reply is {'gone'} unless the index is registered and
-- ready); ARGV[2] = 'score' | 'text'; ARGV[3] = '1' for descending order; ARGV[4] = offset;
-- ARGV[5] = count (-1 for all); ARGV[6] = number of ranges; then each range: lower, upper.
-- Score bounds are Redis bounds ('-inf', '+inf', '(1.5', '2'); text bounds are 'min', 'max',
-- 'ge:v', 'gt:v', 'le:v', 'lt:v' or 'prefix:p' for text values v (entries are v .. '\0' .. id).
-- With several ranges (IN) the ids of each are returned in turn, offset and count applying to each.
-- ARGV[7 + 2 * ranges] = '1' for the documents too, or '' for ids only; ARGV[8 + 2 * ranges] = the
-- key prefix with its ':'; with '1' the reply also carries each document as the engine's read
-- script returns it, read in the same step as the ids.
-- Reply: {'ok', id...} or {'ok', {id...}, {document...}} or {'gone'}.
local spec = redis.call('HGET', KEYS[2], ARGV[1])
if not spec or not spec:find('|ready$') then return {'gone'} end
local text, rev, offset, count = ARGV[2] == 'text', ARGV[3] == '1', ARGV[4], ARGV[5]

local function lex(bound, upper)
  if bound == 'min' then return '-' end
  if bound == 'max' then return '+' end
  local op, v = bound:match('^(%a+):(.*)$')
  if op == 'ge' then return '[' .. v .. '\0' end
  if op == 'gt' or op == 'le' then return '(' .. v .. '\1' end
  if op == 'lt' then return '(' .. v .. '\0' end
  return upper and '(' .. v .. '\255' or '[' .. v
end

local ids = {}
local rangeCount = tonumber(ARGV[6])
for r = 1, rangeCount do
  local lower, upper = ARGV[5 + 2 * r], ARGV[6 + 2 * r]
  local by = 'BYSCORE'
  if text then lower, upper, by = lex(lower, false), lex(upper, true), 'BYLEX' end
  local members
  if rev then
    members = redis.call('ZRANGE', KEYS[1], upper, lower, by, 'REV', 'LIMIT', offset, count)
  else
    members = redis.call('ZRANGE', KEYS[1], lower, upper, by, 'LIMIT', offset, count)
  end
  for _, m in ipairs(members) do
    ids[#ids + 1] = text and m:match('^.*%z(.-)$') or m
  end
end
if ARGV[7 + 2 * rangeCount] ~= '1' then
  table.insert(ids, 1, 'ok')
  return ids
end
local docs = {}
for i, id in ipairs(ids) do docs[i] = doc_raw(ARGV[8 + 2 * rangeCount] .. id) end
return {'ok', ids, docs}
