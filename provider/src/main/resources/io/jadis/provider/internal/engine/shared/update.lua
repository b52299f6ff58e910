-- Runs programs on documents: each target's condition is evaluated and its operations applied in a
-- working set; only when every target has been worked out is anything written, so a failure
-- (a missing document, an unmet condition, a wrong type, an overflow) leaves every document as it was.
-- Needs num.lua, text.lua, program.lua, doctext.lua and the engine's doc.lua.
-- ARGV[1] = 'all' (every target must exist and meet its condition) | 'each' (others are skipped);
-- ARGV[2] = document type count; then per type: where the revision lives, layout of exploded
-- attributes; then program count, then each program: token count, tokens; then target count, then per
-- target: id, type number, program number. A program is: condition token count, condition tokens,
-- operation count, then per operation: opcode, path, argument count, arguments.
-- KEYS = the id registry of each type, then the key of each target.
-- Reply: 'all' -> {'ok', {revision, document, {operation values}}...}; 'each' -> {'ok', changed count};
-- or {status, target index, detail}.
local mode, types = ARGV[1], tonumber(ARGV[2])
local revAts, layouts = {}, {}
local a = 3
for k = 1, types do
  revAts[k], layouts[k] = ARGV[a], doc_layout(ARGV[a + 1])
  a = a + 2
end
local programs = {}
for p = 1, tonumber(ARGV[a]) do
  a = a + 1
  programs[p] = a + 1
  a = a + tonumber(ARGV[a])
end
a = a + 1
local targets = tonumber(ARGV[a])
a = a + 1

local function run_ops(ws, i)
  local values, after = {}, {}
  local ops = tonumber(ARGV[i])
  i = i + 1
  for o = 1, ops do
    local op, segs, n = ARGV[i], prog_path(ARGV[i + 1]), tonumber(ARGV[i + 2])
    local args = {}
    for k = 1, n do args[k] = ARGV[i + 2 + k] end
    i = i + 3 + n
    local value = false
    if op == 'num' then
      local current = prog_decode(doc_get(ws, segs), 'n')
      if current == NULL then fail(segs, 'is null') end
      local result = prog_arith(args[1], current, args[3], args[2])
      doc_apply(ws, 'set', segs, {args[4] == 'qnum' and '"' .. result .. '"' or result})
    elseif op == 'expr' then
      local v = prog_eval(doc_get, ws, ARGV, i - n + 1, n - 1)
      doc_apply(ws, 'set', segs, {prog_encode(v, args[1])})
    elseif op == 'text' then
      local current = doc_get(ws, segs)
      if current == nil or json_type(current) ~= 'string' then fail(segs, 'not text') end
      doc_apply(ws, 'set', segs, {json_encode_string(json_decode_string(current) .. args[1])})
    elseif op == 'toggle' then
      local current = doc_get(ws, segs)
      if current ~= 'true' and current ~= 'false' then fail(segs, 'not a boolean') end
      doc_apply(ws, 'set', segs, {current == 'true' and 'false' or 'true'})
    elseif op == 'merge' then
      local current = doc_get(ws, segs)
      if current == nil or json_type(current) ~= 'object' then fail(segs, 'not an object') end
      for k = 1, n, 2 do current = json_set_member(current, args[k], args[k + 1]) end
      doc_apply(ws, 'set', segs, {current})
    elseif op == 'delete' then
      after.delete = true
    elseif op == 'expire' then
      after.expire = args[1]
    else
      value = doc_apply(ws, op, segs, args) or false
    end
    values[o] = value
  end
  return values, after
end

local work = {}
for t = 1, targets do
  local id, kind, p = ARGV[a], tonumber(ARGV[a + 1]), programs[tonumber(ARGV[a + 2])]
  a = a + 3
  local ws = doc_open(KEYS[types + t], revAts[kind], layouts[kind], t)
  if type(ws) == 'table' and ws[1] then return ws end
  if not ws then
    if mode == 'all' then return {'missing', t} end
  else
    local conditions = tonumber(ARGV[p])
    local holds = conditions == 0 or prog_eval(doc_get, ws, ARGV, p + 1, conditions) == true
    if holds then
      local values, after = run_ops(ws, p + 1 + conditions)
      work[#work + 1] = {ws = ws, id = id, registry = KEYS[kind], values = values, after = after}
    elseif mode == 'all' then
      return {'unmet', t}
    end
  end
end

local replies = {'ok'}
for _, w in ipairs(work) do
  if w.after.delete then
    redis.call('DEL', w.ws.key)
    redis.call('ZREM', w.registry, w.id)
  else
    local rev = doc_commit(w.ws)
    if w.after.expire then redis.call('PEXPIRE', w.ws.key, w.after.expire) end
    if mode == 'all' then replies[#replies + 1] = {rev, doc_reply(w.ws), w.values} end
  end
end
if mode == 'each' then return {'ok', #work} end
return replies
