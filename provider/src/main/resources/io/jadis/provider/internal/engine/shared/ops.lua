-- Runs a program's condition and operations on a working set (see update.lua for the format).
-- Needs num.lua, text.lua, program.lua, doctext.lua and the engine's doc.lua.

local function ops_run(ws, i)
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

-- Evaluates the program whose tokens start at ARGV[p] on ws: whether its condition holds, and if it
-- does, each operation's value and what to do after writing ({delete = true} or {expire = ms}).
local function ops_program(ws, p)
  local conditions = tonumber(ARGV[p])
  if conditions > 0 and prog_eval(doc_get, ws, ARGV, p + 1, conditions) ~= true then return false end
  local values, after = ops_run(ws, p + 1 + conditions)
  return true, values, after
end
