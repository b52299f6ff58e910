-- The native engine's documents for programs: a working set of top-level members, read with
-- JSON.GET on first use and written back by doc_commit, so that an operation that fails leaves the
-- document as it was. Operations on a whole list or map member that was not read are queued as
-- JSON.ARRAPPEND / ARRTRIM / SET / DEL commands instead, so that appending to a long list costs the
-- same at any length. Needs text.lua, program.lua and doctext.lua.

local function doc_layout(text)
  return {}
end

local function member_path(name)
  return '$[' .. json_encode_string(name) .. ']'
end

local function doc_open(key, revAt, layout, index)
  local t = redis.call('TYPE', key).ok
  if t == 'none' then return nil end
  if t ~= 'ReJSON-RL' then return {'wrongtype', index, t} end
  local rev = string.match(redis.call('JSON.GET', key, revAt), '^%[(%-?%d+)%]$')
  if not rev then return {'foreign', index, ''} end
  return {key = key, revAt = revAt, rev = rev, attrs = {}, dirty = {}, queue = {}, queued = {}}
end

-- A working set for a document that does not exist yet (revision 0).
local function doc_create(key, revAt, layout)
  return {key = key, revAt = revAt, rev = '0', attrs = {}, dirty = {}, queue = {}, queued = {}, base = '{}'}
end

-- Replaces the whole document by the JSON text in ARGV[from].
local function doc_replace(ws, from, count)
  ws.base, ws.attrs, ws.dirty, ws.queue, ws.queued = ARGV[from], {}, {}, {}, {}
end

-- The text of a top-level member (false when absent), with its queued operations applied.
local function attr_text(ws, name)
  local t = ws.attrs[name]
  if t ~= nil then return t end
  if ws.base then
    local a, b = json_member(ws.base, name)
    t = a and ws.base:sub(a, b) or false
    ws.attrs[name] = t
    return t
  end
  local r = redis.call('JSON.GET', ws.key, member_path(name))
  t = r ~= '[]' and r:sub(2, -2) or false
  if ws.queued[name] then
    local rest = {}
    for _, q in ipairs(ws.queue) do
      if q.name == name then
        t = text_apply(t or nil, {{t = 'n', v = name}}, q.op, q.args)
      else
        rest[#rest + 1] = q
      end
    end
    ws.queue, ws.queued[name], ws.dirty[name] = rest, nil, true
  end
  ws.attrs[name] = t
  return t
end

local function doc_get(ws, segs)
  return tx_get(attr_text(ws, segs[1].v) or nil, segs, 2)
end

local function doc_set(ws, segs, value)
  local name = segs[1].v
  if #segs == 1 then
    attr_text(ws, name)
    ws.attrs[name] = value
  else
    ws.attrs[name] = tx_set(attr_text(ws, name) or nil, segs, 2, value)
  end
  ws.dirty[name] = true
end

local doc_queueable = {append = 'array', keep = 'array', clear = true, put = 'object', unput = 'object'}

-- Whether a whole-member operation can run as a native command at commit time: the member was not
-- read, holds the right type, and map keys are plain enough for a bracketed JSONPath.
local function queueable(ws, op, segs, args)
  local wants = doc_queueable[op]
  if not wants or ws.base or #segs ~= 1 or ws.attrs[segs[1].v] ~= nil then return false end
  if op == 'put' or op == 'unput' then
    for k = 1, #args, op == 'put' and 2 or 1 do
      if args[k]:find('["\\%c]') then return false end
    end
  end
  local types = redis.call('JSON.TYPE', ws.key, member_path(segs[1].v))
  local t = type(types) == 'table' and types[1] or types
  if wants == true then return t == 'array' or t == 'object', t end
  return t == wants, t
end

local function doc_apply(ws, op, segs, args)
  if op == 'set' then
    doc_set(ws, segs, args[1])
    return nil
  end
  local ok, t = queueable(ws, op, segs, args)
  if ok then
    local name = segs[1].v
    ws.queue[#ws.queue + 1] = {name = name, op = op, args = args, type = t}
    ws.queued[name] = true
    return nil
  end
  local text, value = text_apply(doc_get(ws, segs), segs, op, args)
  doc_set(ws, segs, text)
  return value
end

local function run_queued(key, q)
  local path = member_path(q.name)
  if q.op == 'append' then
    redis.call('JSON.ARRAPPEND', key, path, unpack(q.args))
  elseif q.op == 'keep' then
    local len = redis.call('JSON.ARRLEN', key, path)
    len = type(len) == 'table' and len[1] or len
    local count = tonumber(q.args[2])
    if len > count then
      if q.args[1] == 'last' then
        redis.call('JSON.ARRTRIM', key, path, len - count, len - 1)
      else
        redis.call('JSON.ARRTRIM', key, path, 0, count - 1)
      end
    end
  elseif q.op == 'clear' then
    redis.call('JSON.SET', key, path, q.type == 'object' and '{}' or '[]')
  elseif q.op == 'put' then
    for k = 1, #q.args, 2 do
      redis.call('JSON.SET', key, path .. '[' .. json_encode_string(q.args[k]) .. ']', q.args[k + 1])
    end
  else
    redis.call('JSON.DEL', key, path .. '[' .. json_encode_string(q.args[1]) .. ']')
  end
end

-- The whole document with the working set's changes applied.
local function full_text(ws, base)
  for name in pairs(ws.queued) do attr_text(ws, name) end
  for name in pairs(ws.dirty) do
    local text = ws.attrs[name]
    base = text and json_set_member(base, name, text) or json_remove_member(base, name)
  end
  return base
end

-- The document as it would be after doc_commit, in doc_reply's form, without writing anything. A
-- document the transaction replaced has no revision member yet: it gets the current one.
local function doc_preview(ws)
  local text = full_text(ws, ws.base or redis.call('JSON.GET', ws.key))
  return {json_set_member(text, json_decode_string(ws.revAt:sub(3, -2)), ws.rev)}
end

local function doc_commit(ws)
  if ws.base then
    redis.call('JSON.SET', ws.key, '$', full_text(ws, ws.base))
    ws.dirty, ws.base = {}, nil
  end
  for _, q in ipairs(ws.queue) do run_queued(ws.key, q) end
  for name in pairs(ws.dirty) do
    local text = ws.attrs[name]
    if text then redis.call('JSON.SET', ws.key, member_path(name), text) end
  end
  local rev = tonumber(ws.rev) + 1
  redis.call('JSON.SET', ws.key, ws.revAt, rev)
  ws.rev = tostring(rev)
  return rev
end

-- The document as the read script returns it: {document}, whose revision member the client reads.
local function doc_reply(ws)
  return {redis.call('JSON.GET', ws.key)}
end

-- The document at key as the read script returns it ({} when absent).
local function doc_raw(key)
  if redis.call('TYPE', key).ok ~= 'ReJSON-RL' then return {} end
  return {redis.call('JSON.GET', key)}
end
