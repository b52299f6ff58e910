-- Commits a transaction in one step: first every entity the transaction read is checked to still
-- have the revision it had, and every write's precondition is checked; then every change is worked
-- out in working sets; only then is anything written. Any failure leaves everything as it was, and
-- so does another owner's lock on an entity the commit changes (see locks.lua): the transaction then
-- takes that lock and commits again.
-- 'preview' mode works everything out and returns the documents as they would be, writing nothing
-- (a transaction reading an entity it changed with atomic updates).
-- Needs num.lua, text.lua, program.lua, doctext.lua, the engine's doc.lua, ops.lua, expiry.lua,
-- locks.lua and types.lua.
-- KEYS = the id registry, expiry set and index registry of each type, then the key of each entry.
-- ARGV[1] = 'commit' | 'preview'; ARGV[2] = type count; then per type: where the revision lives,
-- layout, expiry policy; then entry count; then per entry: id, type number, check, write, program.
--   check: '' (not read) | 'absent' (read: there was none) | the revision it had when read
--   write: 'none' | 'doc' mode expected m values... (mode insert, update or save; expected '' or the
--          version the stored entity must have) | 'delete' expected strict(1 or 0)
--   program: token count, tokens (0 for none; see update.lua)
-- Reply: commit -> {'ok', revision of each entry after the commit (0 when deleted or absent)}; preview -> {'ok', document of
-- each entry ({} when deleted)}; or {status, entry index, detail} ('changed' when an entity read has
-- changed since, 'stale' when a write's expected version does not match), or {'locked', lock key...}.
local mode = ARGV[1]
local types, revAts, layouts, policies, a = types_open()
local entries = tonumber(ARGV[a])
a = a + 1

local work = {}
for e = 1, entries do
  local id, kind, check = ARGV[a], tonumber(ARGV[a + 1]), ARGV[a + 2]
  local key = KEYS[3 * types + e]
  local ws = doc_open(key, revAts[kind], layouts[kind], e)
  if type(ws) == 'table' and ws[1] then return ws end
  local current = ws and ws.rev or false
  local defs = types_defs(kind)
  local old = idx_read(defs, doc_get, ws)
  if check == 'absent' and current then return {'changed', e, current} end
  if check ~= '' and check ~= 'absent' and current ~= check then return {'changed', e, current or 'deleted'} end
  local write = ARGV[a + 3]
  a = a + 4
  local w = {id = id, key = key, registry = KEYS[3 * kind - 2], expiry = KEYS[3 * kind - 1], defs = defs,
    old = old, policy = policies[kind],
    changed = write ~= 'none', created = not current}
  if write == 'doc' then
    local wmode, expected, m = ARGV[a], ARGV[a + 1], tonumber(ARGV[a + 2])
    if wmode == 'insert' and current then return {'exists', e} end
    if wmode == 'update' and not current then return {'missing', e} end
    if current and expected ~= '' and current ~= expected then return {'stale', e, current} end
    ws = ws or doc_create(key, revAts[kind], layouts[kind])
    doc_replace(ws, a + 3, m)
    a = a + 3 + m
  elseif write == 'delete' then
    local expected, strict = ARGV[a], ARGV[a + 1] == '1'
    if strict and not current then return {'missing', e} end
    if current and expected ~= '' and current ~= expected then return {'stale', e, current} end
    w.delete = true
    a = a + 2
  end
  local tokens = tonumber(ARGV[a])
  if tokens > 0 then
    w.changed = true
    if not ws or w.delete then return {'missing', e} end
    local holds, _, after = ops_program(ws, a + 1)
    if not holds then return {'unmet', e} end
    w.after = after
  end
  a = a + 1 + tokens
  w.ws = ws
  w.new = (w.delete or (w.after and w.after.delete) or not ws) and {} or idx_read(defs, doc_get, ws)
  work[e] = w
end

if mode == 'commit' then
  local held = {}
  for e = 1, entries do
    if work[e].changed then lock_note(held, work[e].registry, work[e].id) end
  end
  local refusal = lock_refusal(held)
  if refusal then return refusal end
  types_forget_expired(types)
end

local replies = {'ok'}
for e = 1, entries do
  local w = work[e]
  if mode == 'preview' then
    replies[e + 1] = (w.delete or not w.ws) and {} or doc_preview(w.ws)
  elseif not w.changed then
    replies[e + 1] = w.ws and tonumber(w.ws.rev) or 0
  else
    idx_write(w.defs, w.id, w.old, w.new)
    if w.delete or (w.after and w.after.delete) then
      redis.call('DEL', w.key)
      redis.call('ZREM', w.registry, w.id)
      redis.call('ZREM', w.expiry, w.id)
      replies[e + 1] = 0
    else
      replies[e + 1] = doc_commit(w.ws)
      redis.call('ZADD', w.registry, 0, w.id)
      if w.after and w.after.expire then
        exp_set(w.key, w.expiry, w.id, w.after.expire)
      else
        exp_touch(w.key, w.expiry, w.id, w.policy, w.created)
      end
    end
  end
end
return replies
