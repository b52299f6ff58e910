-- Writes whole documents, all or nothing: every document is checked before the first is written.
-- The engine's library supplies jadis_revision, jadis_store and jadis_set_revision.
-- Needs the engine's lib.lua and expiry.lua.
-- KEYS[1] = id registry; KEYS[2] = expiry set; KEYS[2 + i] = key of document i
-- ARGV[1] = 'insert' | 'update' | 'save'; ARGV[2] = where the revision lives; ARGV[3] = expiry policy;
-- ARGV[4] = count; then per document: id, expected revision ('' = any), value count m, m values
-- Reply: {'ok', revision...} or {status, document index, detail}
local mode, revAt, policy, n = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local plan = {}
local a = 5
for i = 1, n do
  local key = KEYS[i + 2]
  local expected, m = ARGV[a + 1], tonumber(ARGV[a + 2])
  local current = jadis_revision(key, revAt, i)
  if type(current) == 'table' then return current end
  if mode == 'insert' and current then return {'exists', i} end
  if mode == 'update' and not current then return {'missing', i} end
  if current and expected ~= '' and current ~= expected then return {'stale', i, current} end
  plan[i] = {key, ARGV[a], a + 3, m, (current and tonumber(current) or 0) + 1, current}
  a = a + 3 + m
end
local revisions = {'ok'}
for i = 1, n do
  local p = plan[i]
  jadis_store(p[1], p[3], p[4], p[6])
  jadis_set_revision(p[1], revAt, p[5])
  redis.call('ZADD', KEYS[1], 0, p[2])
  exp_touch(p[1], KEYS[2], p[2], policy, not p[6])
  revisions[i + 1] = p[5]
end
return revisions
