-- Operations on JSON text along a path, shared by both engines' working sets.
-- Needs text.lua and program.lua.

local function fail(segs, what)
  error('JADIS path ' .. prog_describe(segs) .. ': ' .. what)
end

-- Text inside a JSON value along segs[from..]; nil when absent.
local function tx_get(text, segs, from)
  for k = from, #segs do
    if text == nil or text == 'null' then return nil end
    local s = segs[k]
    local a, b
    if s.t == 'i' then
      local idx = s.v
      if idx < 0 then idx = #(json_elements(text)) + idx end
      a, b = json_element(text, idx + 1)
    else
      a, b = json_member(text, s.v)
    end
    if not a then return nil end
    text = text:sub(a, b)
  end
  return text
end

-- text with the value along segs[from..] replaced (or, for a last name or key, added).
local function tx_set(text, segs, from, value, whole)
  if from > #segs then return value end
  if text == nil or text == 'null' then fail(segs, 'is null') end
  local s = segs[from]
  local a, b
  if s.t == 'i' then
    if json_type(text) ~= 'array' then fail(segs, 'not a list') end
    local idx = s.v
    if idx < 0 then idx = #(json_elements(text)) + idx end
    a, b = json_element(text, idx + 1)
    if not a then fail(segs, 'index out of range') end
  else
    if json_type(text) ~= 'object' then fail(segs, 'not an object or map') end
    a, b = json_member(text, s.v)
    if not a then
      if from < #segs then fail(segs, 'no ' .. s.v) end
      return json_set_member(text, s.v, value)
    end
  end
  return text:sub(1, a - 1) .. tx_set(text:sub(a, b), segs, from + 1, value, whole) .. text:sub(b + 1)
end

-- Array text operations for lists inside a value.
local function arr_parts(text, segs)
  if json_type(text) ~= 'array' then fail(segs, 'not a list') end
  local starts, stops = json_elements(text)
  local parts = {}
  for n = 1, #starts do parts[n] = text:sub(starts[n], stops[n]) end
  return parts
end

local function arr_text(parts)
  return '[' .. table.concat(parts, ',') .. ']'
end

-- Normalises a list index for insertion (0..len) or access (0..len-1, nil when outside).
local function list_index(idx, len, inserting)
  if idx < 0 then idx = len + idx end
  if inserting then return math.max(0, math.min(idx, len)) end
  if idx < 0 or idx >= len then return nil end
  return idx
end

-- Applies a list operation to Lua array parts; returns the popped value for pops.
local function parts_apply(parts, op, args)
  if op == 'append' then
    for k = 1, #args do parts[#parts + 1] = args[k] end
  elseif op == 'addnew' then
    for k = 1, #parts do
      if parts[k] == args[1] then return nil end
    end
    parts[#parts + 1] = args[1]
  elseif op == 'insert' then
    table.insert(parts, list_index(tonumber(args[1]), #parts, true) + 1, args[2])
  elseif op == 'pop' then
    local idx = list_index(tonumber(args[1]), #parts, false)
    if idx then return table.remove(parts, idx + 1) end
  elseif op == 'keep' then
    local first, count = args[1] == 'first', tonumber(args[2])
    while #parts > count do table.remove(parts, first and #parts or 1) end
  elseif op == 'remove' then
    for k = #parts, 1, -1 do
      if parts[k] == args[1] then table.remove(parts, k) end
    end
  end
  return nil
end

-- A collection operation on the JSON text of a list or map (null counts as empty for the
-- operations that add); returns the new text and the operation's value (the popped element).
local function text_apply(text, segs, op, args)
  if text == nil then fail(segs, 'does not exist') end
  local kind = json_type(text)
  if op == 'clear' then
    if kind == 'object' then return '{}', nil end
    if kind == 'array' or kind == 'null' then return '[]', nil end
    fail(segs, 'not a list or map')
  end
  if op == 'put' or op == 'unput' then
    if kind == 'null' then
      if op == 'unput' then return text, nil end
      text = '{}'
    elseif kind ~= 'object' then
      fail(segs, 'not a map')
    end
    if op == 'put' then
      for k = 1, #args, 2 do text = json_set_member(text, args[k], args[k + 1]) end
      return text, nil
    end
    return json_remove_member(text, args[1]), nil
  end
  if kind == 'null' then
    if op ~= 'append' and op ~= 'insert' and op ~= 'addnew' then return text, nil end
    text = '[]'
  end
  local parts = arr_parts(text, segs)
  local value = parts_apply(parts, op, args)
  return arr_text(parts), value
end
