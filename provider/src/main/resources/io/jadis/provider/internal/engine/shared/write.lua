-- Writes whole documents, all or nothing: every document is checked (and its lock, see locks.lua)
-- before the first is written.
-- The engine's library supplies jadis_revision and jadis_store.
-- Needs the engine's lib.lua, expiry.lua, locks.lua, and for indexes num.lua, text.lua, program.lua, doctext.lua,
-- the engine's doc.lua and index.lua.
-- KEYS[1] = id registry; KEYS[2] = expiry set; KEYS[3] = index registry; KEYS[3 + i] = key of document i
-- ARGV[1] = 'insert' | 'update' | 'save'; ARGV[2] = where the revision lives; ARGV[3] = expiry policy;
-- ARGV[4] = layout of exploded attributes; ARGV[5] = count; then per document: id, expected revision
-- ('' = any), value count m, m values
-- Reply: {'ok', revision...}, {status, document index, detail} or {'locked', lock key...}
local mode, revAt, policy, layout, n = ARGV[1], ARGV[2], ARGV[3], doc_layout(ARGV[4]), tonumber(ARGV[5])
local plan, held = {}, {}
local a = 6
for i = 1, n do
  local key = KEYS[i + 3]
  local expected, m = ARGV[a + 1], tonumber(ARGV[a + 2])
  local current = jadis_revision(key, revAt, i)
  if type(current) == 'table' then return current end
  if mode == 'insert' and current then return {'exists', i} end
  if mode == 'update' and not current then return {'missing', i} end
  if current and expected ~= '' and current ~= expected then return {'stale', i, current} end
  plan[i] = {key, ARGV[a], a + 3, m, (current and tonumber(current) or 0) + 1, current}
  lock_note(held, KEYS[1], ARGV[a])
  a = a + 3 + m
end
local refusal = lock_refusal(held)
if refusal then return refusal end
exp_forget(KEYS[1], KEYS[2])
local defs = idx_defs(KEYS[3], KEYS[3]:sub(1, -9))
local revisions, members = {'ok'}, {}
for i = 1, n do
  local p = plan[i]
  local old = #defs > 0 and p[6] and idx_read(defs, doc_get, doc_open(p[1], revAt, layout, i)) or {}
  jadis_store(p[1], p[3], p[4], p[6], revAt, p[5])
  if #defs > 0 then idx_write(defs, p[2], old, idx_read(defs, doc_get, doc_open(p[1], revAt, layout, i))) end
  exp_touch(p[1], KEYS[2], p[2], policy, not p[6])
  members[#members + 1] = 0
  members[#members + 1] = p[2]
  revisions[i + 1] = p[5]
end
for i = 1, #members, 1000 do
  redis.call('ZADD', KEYS[1], unpack(members, i, math.min(i + 999, #members)))
end
return revisions
