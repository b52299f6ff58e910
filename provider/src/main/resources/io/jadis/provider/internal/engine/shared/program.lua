-- The program interpreter shared by both engines: decodes paths, evaluates conditions and
-- expressions (in reverse Polish notation) against one document, and reads operations.
-- Needs num.lua and text.lua; documents are read through a get(ws, segs) function of the engine.
-- Values on the stack: NULL, a Lua boolean, or a string (number text for numbers, the decoded text
-- for strings and dates). Kinds say how to read a value: n number, s string, t date/time,
-- b boolean.

local NULL = {}

-- A path token is its segments, each a type letter (n name, i index, k key), a length, ':' and
-- the text: 'n5:statsn4:wins'. Decoded once per script run.
local prog_paths = {}
local function prog_path(token)
  local segs = prog_paths[token]
  if segs then return segs end
  segs = {}
  local i = 1
  while i <= #token do
    local kind = token:sub(i, i)
    local colon = token:find(':', i + 1, true)
    local len = tonumber(token:sub(i + 1, colon - 1))
    local text = token:sub(colon + 1, colon + len)
    segs[#segs + 1] = {t = kind, v = kind == 'i' and tonumber(text) or text}
    i = colon + len + 1
  end
  prog_paths[token] = segs
  return segs
end

local function prog_describe(segs)
  local out = {}
  for i, s in ipairs(segs) do
    if s.t == 'i' then out[#out + 1] = '[' .. s.v .. ']'
    elseif s.t == 'k' then out[#out + 1] = '[' .. json_encode_string(s.v) .. ']'
    else out[#out + 1] = (i > 1 and '.' or '') .. s.v end
  end
  return table.concat(out)
end

-- The value of JSON text read as kind.
local function prog_decode(text, kind)
  if text == nil or text == 'null' then return NULL end
  local first = text:sub(1, 1)
  if kind == 'n' then
    if first == '"' then return json_decode_string(text) end
    return text
  end
  if kind == 'b' then return text == 'true' end
  if first == '"' then return json_decode_string(text) end
  return text
end

-- ISO-8601 text with seconds and nine fraction digits, so that text order is time order
-- (Java prints 12:30 for 12:30:00 and omits a zero fraction).
local function prog_time_key(s)
  local date, time, rest = s:match('^([^T]*T)(%d%d:%d%d[:%.%d]*)(.*)$')
  if not date then
    date = ''
    time, rest = s:match('^(%d%d:%d%d[:%.%d]*)(.*)$')
    if not time then return s end
  end
  local hm, sec, frac = time:match('^(%d%d:%d%d):?(%d*)%.?(%d*)$')
  if not hm then return s end
  if sec == '' then sec = '00' end
  return date .. hm .. ':' .. sec .. '.' .. frac .. string.rep('0', 9 - #frac) .. rest
end

local function prog_compare(a, b, kind)
  if kind == 'n' then return num_cmp(a, b) end
  if kind == 'b' then
    if a == b then return 0 end
    return a and 1 or -1
  end
  if kind == 't' then return str_cmp(prog_time_key(a), prog_time_key(b)) end
  return str_cmp(a, b)
end

local prog_bounds = {int = 'int', long = 'long', short = 'short', byte = 'byte'}

-- The largest value of each bounded kind; every result below 2^53 fits a long.
local prog_int_max = {byte = 127, short = 32767, int = 2147483647}

-- The value of integer text below 10^15 in magnitude, else nil.
local function prog_small_int(text)
  if not text:find('^%-?%d+$') then return nil end
  local x = tonumber(text)
  if x > -1e15 and x < 1e15 then return x end
  return nil
end

-- a op b when both are integers below 10^15 and op is +, - or *: a result below 2^53 in magnitude is
-- exact in a double. It spares a counter's every increment the decimal arithmetic of num.lua, which
-- costs some microseconds; nil when it does not apply.
local function prog_small_arith(op, a, b, kind)
  if op == '/' then return nil end
  local x, y = prog_small_int(a), prog_small_int(b)
  if not x or not y then return nil end
  local r
  if op == '+' then r = x + y elseif op == '-' then r = x - y else r = x * y end
  if r <= -9007199254740992 or r >= 9007199254740992 then return nil end
  local text = string.format('%d', r)
  local max = prog_int_max[kind]
  if max and (r > max or r < -max - 1) then
    error('JADIS ' .. kind .. ' overflow: ' .. a .. ' ' .. op .. ' ' .. b .. ' = ' .. text)
  end
  return text
end

-- a op b for a numeric kind: int, long, short, byte (exact, overflow is an error), big
-- (BigInteger), dec (BigDecimal), dbl (double or float).
local function prog_arith(op, a, b, kind)
  if kind == 'dbl' then
    local x, y = num_double(a), num_double(b)
    local r
    if op == '+' then r = x + y elseif op == '-' then r = x - y elseif op == '*' then r = x * y else r = x / y end
    local text = num_format_double(r)
    if not text then error('JADIS arithmetic result is not a finite number') end
    return text
  end
  local r = prog_small_arith(op, a, b, kind)
  if r then return r end
  if op == '+' then r = num_add(a, b)
  elseif op == '-' then r = num_sub(a, b)
  elseif op == '*' then r = num_mul(a, b)
  else r = num_div_int(a, b) end
  local bound = prog_bounds[kind]
  if bound and not num_fits(r, bound) then
    error('JADIS ' .. kind .. ' overflow: ' .. a .. ' ' .. op .. ' ' .. b .. ' = ' .. r)
  end
  return r
end

-- Arity (operand tokens after the opcode) of each instruction.
local prog_arity = {
  ['@'] = 2, ['#'] = 2, ['~'] = 0, ['+'] = 1, ['-'] = 1, ['*'] = 1, ['/'] = 1, neg = 1, abs = 1,
  len = 0, upper = 0, lower = 0, left = 0, right = 0, cat = 0,
  ['='] = 1, ['<>'] = 1, ['<'] = 1, ['<='] = 1, ['>'] = 1, ['>='] = 1,
  between = 2, ['in'] = 3, like = 1, starts = 1, ends = 1, contains = 1, isnull = 1,
  ['and'] = 0, ['or'] = 0, ['not'] = 0,
}

-- What a binary instruction gives when an operand is null: no value for arithmetic and text
-- functions, unsatisfied for comparisons and matches.
local prog_null_result = {
  ['+'] = NULL, ['-'] = NULL, ['*'] = NULL, ['/'] = NULL, left = NULL, right = NULL, cat = NULL,
  ['='] = false, ['<>'] = false, ['<'] = false, ['<='] = false, ['>'] = false, ['>='] = false,
  like = false, starts = false, ends = false, contains = false,
}

local function prog_strfn(op, a, b)
  if op == 'len' then return tostring(str_length(a)) end
  if op == 'upper' then return str_upper(a) end
  if op == 'lower' then return str_lower(a) end
  if op == 'left' then return str_left(a, tonumber(b)) end
  if op == 'right' then return str_right(a, tonumber(b)) end
  return a .. b
end

local function prog_match(op, s, p)
  if op == 'like' then return str_like(s, p) end
  if op == 'starts' then return str_starts(s, p) end
  if op == 'ends' then return str_ends(s, p) end
  return str_contains(s, p)
end

-- Evaluates the n tokens of t from index i against the working set ws, reading it with get;
-- returns the top value.
local function prog_eval(get, ws, t, i, n)
  local stack, top = {}, 0
  local last = i + n - 1
  while i <= last do
    local op = t[i]
    local a1, a2, a3 = t[i + 1], t[i + 2], t[i + 3]
    i = i + 1 + prog_arity[op]
    if op == '@' then
      top = top + 1
      stack[top] = prog_decode(get(ws, prog_path(a1)), a2)
    elseif op == '#' then
      top = top + 1
      if a1 == 'b' then stack[top] = a2 == 'true' else stack[top] = a2 end
    elseif op == '~' then
      top = top + 1
      stack[top] = NULL
    elseif op == 'neg' or op == 'abs' then
      local v = stack[top]
      if v ~= NULL then
        stack[top] = (op == 'neg' or num_cmp(v, '0') < 0) and prog_arith('-', '0', v, a1) or v
      end
    elseif op == 'len' or op == 'upper' or op == 'lower' then
      if stack[top] ~= NULL then stack[top] = prog_strfn(op, stack[top]) end
    elseif op == 'not' then
      stack[top] = not stack[top]
    elseif op == 'isnull' then
      local isnull = stack[top] == NULL
      stack[top] = (a1 == '1') ~= isnull
    elseif op == 'between' then
      local v, lo, hi = stack[top - 2], stack[top - 1], stack[top]
      top = top - 2
      if v == NULL or lo == NULL or hi == NULL then
        stack[top] = false
      else
        local inside = prog_compare(v, lo, a1) >= 0 and prog_compare(v, hi, a1) <= 0
        stack[top] = inside ~= (a2 == '1')
      end
    elseif op == 'in' then
      local count = tonumber(a2)
      local v = stack[top - count]
      local found = false
      if v ~= NULL then
        for k = top - count + 1, top do
          if stack[k] ~= NULL and prog_compare(v, stack[k], a1) == 0 then found = true end
        end
      end
      top = top - count
      stack[top] = v ~= NULL and (found ~= (a3 == '1'))
    else
      local b, a = stack[top], stack[top - 1]
      top = top - 1
      if op == 'and' then stack[top] = a and b
      elseif op == 'or' then stack[top] = a or b
      elseif a == NULL or b == NULL then
        stack[top] = prog_null_result[op]
      elseif op == '+' or op == '-' or op == '*' or op == '/' then stack[top] = prog_arith(op, a, b, a1)
      elseif op == 'left' or op == 'right' or op == 'cat' then stack[top] = prog_strfn(op, a, b)
      elseif op == 'like' or op == 'starts' or op == 'ends' or op == 'contains' then
        stack[top] = prog_match(op, a, b) ~= (a1 == '1')
      else
        local c = prog_compare(a, b, a1)
        if op == '=' then stack[top] = c == 0
        elseif op == '<>' then stack[top] = c ~= 0
        elseif op == '<' then stack[top] = c < 0
        elseif op == '<=' then stack[top] = c <= 0
        elseif op == '>' then stack[top] = c > 0
        else stack[top] = c >= 0 end
      end
    end
  end
  return stack[top]
end

-- JSON text of a value for an attribute of the given JSON form: num, qnum (a number kept as a
-- JSON string: BigDecimal, BigInteger), str, bool.
local function prog_encode(v, form)
  if v == NULL then return 'null' end
  if form == 'num' then return v end
  if form == 'bool' then return v and 'true' or 'false' end
  return json_encode_string(v)
end
