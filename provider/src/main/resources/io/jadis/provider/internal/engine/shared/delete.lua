-- Deletes documents by id. Strict mode first checks that every document exists with the expected
-- revision, and deletes nothing otherwise. Nothing is deleted while another owner holds the lock of a
-- document that is there to delete (see locks.lua).
-- Needs the engine's lib.lua, expiry.lua, locks.lua, and for indexes num.lua, text.lua, program.lua, doctext.lua, the
-- engine's doc.lua and index.lua.
-- KEYS[1] = id registry; KEYS[2] = expiry set; KEYS[3] = index registry; KEYS[3 + i] = key of document i
-- ARGV[1] = where the revision lives; ARGV[2] = '1' strict | '0' lenient; ARGV[3] = count; ARGV[4] =
-- layout of exploded attributes; then per document: id, expected revision ('' = any)
-- Reply: {'ok', deleted count}, {status, document index, detail} or {'locked', lock key...}
local revAt, strict, n = ARGV[1], ARGV[2] == '1', tonumber(ARGV[3])
if strict then
  for i = 1, n do
    local current = jadis_revision(KEYS[i + 3], revAt, i)
    if type(current) == 'table' then return current end
    if not current then return {'missing', i} end
    local expected = ARGV[4 + 2 * i]
    if expected ~= '' and current ~= expected then return {'stale', i, current} end
  end
end
local held = {}
for i = 1, n do
  if strict or redis.call('EXISTS', KEYS[i + 3]) == 1 then lock_note(held, KEYS[1], ARGV[3 + 2 * i]) end
end
local refusal = lock_refusal(held)
if refusal then return refusal end
exp_forget(KEYS[1], KEYS[2])
local defs = idx_defs(KEYS[3], KEYS[3]:sub(1, -9))
local layout = doc_layout(ARGV[4])
local deleted = 0
for i = 1, n do
  local key, id = KEYS[i + 3], ARGV[3 + 2 * i]
  if #defs > 0 then
    local ws = doc_open(key, revAt, layout, i)
    if ws and not ws[1] then idx_write(defs, id, idx_read(defs, doc_get, ws), {}) end
  end
  deleted = deleted + redis.call('DEL', key)
  redis.call('ZREM', KEYS[1], id)
  redis.call('ZREM', KEYS[2], id)
end
return {'ok', deleted}
