-- Runs programs on documents: each target's condition is evaluated and its operations applied in a
-- working set; only when every target has been worked out is anything written, so a failure
-- (a missing document, an unmet condition, a wrong type, an overflow) leaves every document as it was,
-- and so does another owner's lock on a document the call would change (see locks.lua).
-- Needs num.lua, text.lua, program.lua, doctext.lua, the engine's doc.lua and ops.lua.
-- ARGV[1] = 'all' (every target must exist and meet its condition) | 'each' (others are skipped);
-- ARGV[2] = document type count; then per type: where the revision lives, layout of exploded
-- attributes, expiry policy; then program count, then each program: token count, tokens; then target count, then per
-- target: id, type number, program number. A program is: condition token count, condition tokens,
-- operation count, then per operation: opcode, path, argument count, arguments.
-- KEYS = the id registry, expiry set and index registry of each type, then the key of each target.
-- Needs expiry.lua, locks.lua and types.lua too.
-- Reply: 'all' -> {'ok', {revision, document, {operation values}}...}; 'each' -> {'ok', changed count};
-- or {status, target index, detail}, or {'locked', lock key...}.
local mode = ARGV[1]
local types, revAts, layouts, policies, a = types_open()
local programs = {}
for p = 1, tonumber(ARGV[a]) do
  a = a + 1
  programs[p] = a + 1
  a = a + tonumber(ARGV[a])
end
a = a + 1
local targets = tonumber(ARGV[a])
a = a + 1

local work = {}
for t = 1, targets do
  local id, kind, p = ARGV[a], tonumber(ARGV[a + 1]), programs[tonumber(ARGV[a + 2])]
  a = a + 3
  local ws = doc_open(KEYS[3 * types + t], revAts[kind], layouts[kind], t)
  if type(ws) == 'table' and ws[1] then return ws end
  if not ws then
    if mode == 'all' then return {'missing', t} end
  else
    local defs = types_defs(kind)
    local old = idx_read(defs, doc_get, ws)
    local holds, values, after = ops_program(ws, p)
    if holds then
      local new = after.delete and {} or idx_read(defs, doc_get, ws)
      work[#work + 1] = {ws = ws, id = id, registry = KEYS[3 * kind - 2], expiry = KEYS[3 * kind - 1],
        defs = defs, old = old, new = new, policy = policies[kind], values = values, after = after}
    elseif mode == 'all' then
      return {'unmet', t}
    end
  end
end

local held = {}
for _, w in ipairs(work) do
  lock_note(held, w.registry, w.id)
end
local refusal = lock_refusal(held)
if refusal then return refusal end
types_forget_expired(types)

local replies = {'ok'}
for _, w in ipairs(work) do
  idx_write(w.defs, w.id, w.old, w.new)
  if w.after.delete then
    redis.call('DEL', w.ws.key)
    redis.call('ZREM', w.registry, w.id)
    redis.call('ZREM', w.expiry, w.id)
  else
    local rev = doc_commit(w.ws)
    -- Read before the expiry is set: a time to live shorter than the rest of this step would
    -- otherwise remove the document before its reply is read.
    if mode == 'all' then replies[#replies + 1] = {rev, doc_reply(w.ws), w.values} end
    if w.after.expire then
      exp_set(w.ws.key, w.expiry, w.id, w.after.expire)
    else
      exp_touch(w.ws.key, w.expiry, w.id, w.policy, false)
    end
  end
end
if mode == 'each' then return {'ok', #work} end
return replies
