-- The portable engine's documents for programs: a working set over one hash. Fields are read on
-- first use and written back only by doc_commit, so an operation that fails (a wrong type, an
-- overflow) leaves the document exactly as it was. Collection attributes are exploded (see
-- HashLayout.java): appending, popping and trimming touch only the fields they change.
-- Needs text.lua, program.lua and doctext.lua.

-- layout: 'tags=L,meta=M' -> {tags = 'L', meta = 'M'}
local function doc_layout(text)
  local layout = {}
  for name, shape in text:gmatch('([^,=]+)=([LM])') do layout[name] = shape end
  return layout
end

local function ws_field(ws, f)
  local v = ws.cache[f]
  if v == nil then
    v = not ws.replace and redis.call('HGET', ws.key, f) or false
    ws.cache[f] = v
  end
  return v
end

local function ws_put(ws, f, text)
  ws.cache[f] = text
  ws.dirty[f] = true
  ws.gone[f] = nil
end

local function ws_del(ws, f)
  ws.cache[f] = false
  ws.dirty[f] = nil
  ws.gone[f] = true
end

-- The working set of the document at key, nil when there is none, or an error reply table.
local function doc_open(key, revAt, layout, index)
  local t = redis.call('TYPE', key).ok
  if t == 'none' then return nil end
  if t ~= 'hash' then return {'wrongtype', index, t} end
  local ws = {key = key, revAt = revAt, layout = layout, cache = {}, dirty = {}, gone = {}}
  local rev = ws_field(ws, revAt)
  if not rev then return {'foreign', index, ''} end
  ws.rev = rev
  return ws
end

-- An exploded list's header: head, tail (elements at name#head .. name#(tail-1)); nil when null.
local function list_header(ws, name)
  local h = ws_field(ws, name)
  if not h or h == 'null' then return nil end
  local head, tail = h:match('^L:(%-?%d+):(%-?%d+)$')
  return tonumber(head), tonumber(tail)
end

local function list_set_header(ws, name, head, tail)
  ws_put(ws, name, 'L:' .. head .. ':' .. tail)
end

local function list_text(ws, name)
  local head, tail = list_header(ws, name)
  if not head then return ws_field(ws, name) and 'null' or nil end
  local parts = {}
  for n = head, tail - 1 do parts[#parts + 1] = ws_field(ws, name .. '#' .. n) or 'null' end
  return '[' .. table.concat(parts, ',') .. ']'
end

local function map_fields(ws, name)
  local prefix = name .. '#'
  local fields = {}
  local stored = ws.replace and {} or redis.call('HKEYS', ws.key)
  for _, f in ipairs(stored) do
    if f:sub(1, #prefix) == prefix and not ws.gone[f] then fields[#fields + 1] = f end
  end
  for f in pairs(ws.dirty) do
    if f:sub(1, #prefix) == prefix and ws.cache[f] then fields[#fields + 1] = f end
  end
  local seen, out = {}, {}
  for _, f in ipairs(fields) do
    if not seen[f] then seen[f] = true; out[#out + 1] = f end
  end
  return out
end

local function map_text(ws, name)
  local header = ws_field(ws, name)
  if not header or header == 'null' then return header and 'null' or nil end
  local parts = {}
  for _, f in ipairs(map_fields(ws, name)) do
    parts[#parts + 1] = json_encode_string(f:sub(#name + 2)) .. ':' .. ws_field(ws, f)
  end
  return '{' .. table.concat(parts, ',') .. '}'
end

-- The hash field holding segs[1..2] of an exploded collection, and the depth it covers.
local function exploded_field(ws, segs)
  local name, shape = segs[1].v, ws.layout[segs[1].v]
  local s = segs[2]
  if shape == 'M' then
    if s.t ~= 'k' then fail(segs, 'a map needs a ["key"]') end
    return name .. '#' .. s.v
  end
  if s.t ~= 'i' then fail(segs, 'a list needs an [index]') end
  local head, tail = list_header(ws, name)
  if not head then return nil end
  local idx = s.v < 0 and tail + s.v or head + s.v
  if idx < head or idx >= tail then return nil end
  return name .. '#' .. idx
end

local function doc_get(ws, segs)
  local name = segs[1].v
  local shape = ws.layout[name]
  if not shape then
    local text = ws_field(ws, name)
    return tx_get(text or nil, segs, 2)
  end
  if #segs == 1 then
    return shape == 'L' and list_text(ws, name) or map_text(ws, name)
  end
  local f = exploded_field(ws, segs)
  if not f then return nil end
  return tx_get(ws_field(ws, f) or nil, segs, 3)
end

local function list_clear(ws, name)
  local head, tail = list_header(ws, name)
  if head then
    for n = head, tail - 1 do ws_del(ws, name .. '#' .. n) end
  end
end

local function map_clear(ws, name)
  for _, f in ipairs(map_fields(ws, name)) do ws_del(ws, f) end
end

-- Replaces a whole exploded collection by JSON text (an array, an object or null).
local function explode(ws, name, shape, text)
  if shape == 'L' then list_clear(ws, name) else map_clear(ws, name) end
  if text == 'null' then
    ws_put(ws, name, 'null')
  elseif shape == 'L' then
    if json_type(text) ~= 'array' then fail({{t = 'n', v = name}}, 'not a list') end
    local starts, stops = json_elements(text)
    for n = 1, #starts do ws_put(ws, name .. '#' .. (n - 1), text:sub(starts[n], stops[n])) end
    list_set_header(ws, name, 0, #starts)
  else
    if json_type(text) ~= 'object' then fail({{t = 'n', v = name}}, 'not a map') end
    ws_put(ws, name, 'M')
    local i = json_skip(text, 2)
    while text:byte(i) == 34 do
      local ne = json_string_end(text, i)
      local vs = json_skip(text, json_skip(text, ne) + 1)
      local ve = json_value_end(text, vs) - 1
      ws_put(ws, name .. '#' .. json_decode_string(text:sub(i, ne - 1)), text:sub(vs, ve))
      i = json_skip(text, json_skip(text, ve + 1) + 1)
    end
  end
end

local function doc_set(ws, segs, value)
  local name = segs[1].v
  local shape = ws.layout[name]
  if not shape then
    if #segs == 1 then ws_put(ws, name, value) return end
    ws_put(ws, name, tx_set(ws_field(ws, name) or nil, segs, 2, value))
    return
  end
  if #segs == 1 then explode(ws, name, shape, value) return end
  if shape == 'M' and ws_field(ws, name) ~= 'M' then fail(segs, 'is null') end
  local f = exploded_field(ws, segs)
  if not f then fail(segs, 'index out of range') end
  if #segs == 2 then ws_put(ws, f, value) return end
  ws_put(ws, f, tx_set(ws_field(ws, f) or nil, segs, 3, value))
end

-- A list operation on an exploded list, touching only the fields it changes.
local function list_apply(ws, segs, op, args)
  local name = segs[1].v
  local head, tail = list_header(ws, name)
  if not head then
    if op ~= 'append' and op ~= 'insert' and op ~= 'addnew' then return nil end
    head, tail = 0, 0
  end
  local len = tail - head
  if op == 'addnew' then
    for n = head, tail - 1 do
      if ws_field(ws, name .. '#' .. n) == args[1] then return nil end
    end
    op = 'append'
  end
  if op == 'append' then
    for k = 1, #args do ws_put(ws, name .. '#' .. (tail + k - 1), args[k]) end
    tail = tail + #args
  elseif op == 'insert' then
    local idx = list_index(tonumber(args[1]), len, true)
    if idx == 0 then
      head = head - 1
      ws_put(ws, name .. '#' .. head, args[2])
    else
      for n = tail - 1, head + idx, -1 do ws_put(ws, name .. '#' .. (n + 1), ws_field(ws, name .. '#' .. n)) end
      ws_put(ws, name .. '#' .. (head + idx), args[2])
      tail = tail + 1
    end
  elseif op == 'pop' then
    local idx = list_index(tonumber(args[1]), len, false)
    if not idx then return nil end
    local popped = ws_field(ws, name .. '#' .. (head + idx))
    if idx == 0 then
      ws_del(ws, name .. '#' .. head)
      head = head + 1
    else
      for n = head + idx, tail - 2 do ws_put(ws, name .. '#' .. n, ws_field(ws, name .. '#' .. (n + 1))) end
      ws_del(ws, name .. '#' .. (tail - 1))
      tail = tail - 1
    end
    list_set_header(ws, name, head, tail)
    return popped
  elseif op == 'keep' then
    local count = tonumber(args[2])
    if len > count then
      if args[1] == 'last' then
        for n = head, tail - count - 1 do ws_del(ws, name .. '#' .. n) end
        head = tail - count
      else
        for n = head + count, tail - 1 do ws_del(ws, name .. '#' .. n) end
        tail = head + count
      end
    end
  elseif op == 'remove' then
    local w = head
    for n = head, tail - 1 do
      local v = ws_field(ws, name .. '#' .. n)
      if v ~= args[1] then
        if w ~= n then ws_put(ws, name .. '#' .. w, v) end
        w = w + 1
      end
    end
    for n = w, tail - 1 do ws_del(ws, name .. '#' .. n) end
    tail = w
  end
  if head == tail then head, tail = 0, 0 end
  list_set_header(ws, name, head, tail)
  return nil
end

-- Applies a collection operation (append, insert, pop, keep, remove, clear, put, unput) or a
-- set; returns the operation's value (the popped element).
local function doc_apply(ws, op, segs, args)
  if op == 'set' then
    doc_set(ws, segs, args[1])
    return nil
  end
  local name = segs[1].v
  local shape = #segs == 1 and ws.layout[name]
  if shape == 'L' and op ~= 'put' and op ~= 'unput' then
    if op == 'clear' then
      list_clear(ws, name)
      list_set_header(ws, name, 0, 0)
      return nil
    end
    return list_apply(ws, segs, op, args)
  end
  if shape == 'M' and (op == 'put' or op == 'unput' or op == 'clear') then
    if op == 'clear' then
      map_clear(ws, name)
      ws_put(ws, name, 'M')
    elseif op == 'put' then
      if ws_field(ws, name) ~= 'M' then ws_put(ws, name, 'M') end
      for k = 1, #args, 2 do ws_put(ws, name .. '#' .. args[k], args[k + 1]) end
    else
      ws_del(ws, name .. '#' .. args[1])
    end
    return nil
  end
  local text, value = text_apply(doc_get(ws, segs), segs, op, args)
  doc_set(ws, segs, text)
  return value
end

-- A working set for a document that does not exist yet (revision 0).
local function doc_create(key, revAt, layout)
  return {key = key, revAt = revAt, layout = layout, cache = {}, dirty = {}, gone = {}, rev = '0', replace = true}
end

-- Replaces the whole document by the count field/value arguments from ARGV[from] (as write.lua's).
local function doc_replace(ws, from, count)
  ws.replace, ws.cache, ws.dirty, ws.gone = true, {}, {}, {}
  for i = from, from + count - 1, 2 do ws_put(ws, ARGV[i], ARGV[i + 1]) end
end

-- The document as it would be after doc_commit, in doc_reply's form, without writing anything.
local function doc_preview(ws)
  local fields, out = {}, {}
  if not ws.replace then
    local stored = redis.call('HGETALL', ws.key)
    for i = 1, #stored, 2 do fields[stored[i]] = stored[i + 1] end
  end
  for f, v in pairs(ws.cache) do
    if ws.dirty[f] or ws.replace then fields[f] = v or nil end
  end
  for f in pairs(ws.gone) do fields[f] = nil end
  -- As stored, the revision is the one the document has now (a replaced document has none yet).
  fields[ws.revAt] = ws.rev
  for f, v in pairs(fields) do
    out[#out + 1] = f
    out[#out + 1] = v
  end
  return out
end

local function doc_commit(ws)
  if ws.replace then
    redis.call('DEL', ws.key)
    for f, v in pairs(ws.cache) do
      if v then ws.dirty[f] = true end
    end
    ws.gone = {}
  end
  local rev = tonumber(ws.rev) + 1
  ws_put(ws, ws.revAt, tostring(rev))
  local pairs_ = {}
  for f in pairs(ws.dirty) do
    pairs_[#pairs_ + 1] = f
    pairs_[#pairs_ + 1] = ws.cache[f]
  end
  for i = 1, #pairs_, 1000 do
    redis.call('HSET', ws.key, unpack(pairs_, i, math.min(i + 999, #pairs_)))
  end
  local gone = {}
  for f in pairs(ws.gone) do gone[#gone + 1] = f end
  for i = 1, #gone, 1000 do
    redis.call('HDEL', ws.key, unpack(gone, i, math.min(i + 999, #gone)))
  end
  ws.rev = tostring(rev)
  return rev
end

local function doc_reply(ws)
  return redis.call('HGETALL', ws.key)
end

-- The document at key as the read script returns it (the flat HGETALL list, {} when absent).
local function doc_raw(key)
  if redis.call('TYPE', key).ok ~= 'hash' then return {} end
  return redis.call('HGETALL', key)
end
