-- Deletes documents by id. Strict mode first checks that every document exists with the expected
-- revision, and deletes nothing otherwise.
-- KEYS[1] = id registry; KEYS[2] = expiry set; KEYS[2 + i] = key of document i
-- ARGV[1] = where the revision lives; ARGV[2] = '1' strict | '0' lenient; ARGV[3] = count
-- then per document: id, expected revision ('' = any)
-- Reply: {'ok', deleted count} or {status, document index, detail}
local revAt, strict, n = ARGV[1], ARGV[2] == '1', tonumber(ARGV[3])
if strict then
  for i = 1, n do
    local current = jadis_revision(KEYS[i + 2], revAt, i)
    if type(current) == 'table' then return current end
    if not current then return {'missing', i} end
    local expected = ARGV[3 + 2 * i]
    if expected ~= '' and current ~= expected then return {'stale', i, current} end
  end
end
local deleted = 0
for i = 1, n do
  deleted = deleted + redis.call('DEL', KEYS[i + 2])
  redis.call('ZREM', KEYS[1], ARGV[2 + 2 * i])
  redis.call('ZREM', KEYS[2], ARGV[2 + 2 * i])
end
return {'ok', deleted}
