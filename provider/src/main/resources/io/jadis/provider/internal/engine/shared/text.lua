-- JSON text scanning and editing, and Java-compatible functions on UTF-8 strings.
-- Positions are byte indexes. The JSON is trusted (written by Jackson or by these functions) and is
-- checked only where that costs nothing; malformed text raises 'bad json ...' errors.
-- Strings are never ordered with < or >: Lua orders strings with strcoll, and Redis sets
-- LC_COLLATE from its environment. Independent of num.lua.

-- Index of the first non-whitespace byte at or after i, #s + 1 when none.
local function json_skip(s, i)
  return s:find('[^ \t\r\n]', i) or #s + 1
end

-- Index just after the string literal whose opening quote is at i.
local function json_string_end(s, i)
  local j = i + 1
  while true do
    local k = s:find('["\\]', j)
    if not k then error('bad json: unterminated string at ' .. i) end
    if s:byte(k) == 34 then return k + 1 end
    j = k + 2
  end
end

-- Index just after the JSON value starting at i (whitespace before it is skipped).
local function json_value_end(s, i)
  i = json_skip(s, i)
  local c = s:byte(i)
  if c == 34 then return json_string_end(s, i) end
  if c == 123 or c == 91 then
    local depth, j = 0, i
    while true do
      local k = s:find('[%[%]{}"]', j)
      if not k then error('bad json: unterminated value at ' .. i) end
      local b = s:byte(k)
      if b == 34 then
        j = json_string_end(s, k)
      else
        depth = (b == 123 or b == 91) and depth + 1 or depth - 1
        if depth == 0 then return k + 1 end
        j = k + 1
      end
    end
  end
  local _, e = s:find('^[%w.+-]+', i) -- number, true, false, null
  if not e then error('bad json at ' .. i) end
  return e + 1
end

local json_types = {['{'] = 'object', ['['] = 'array', ['"'] = 'string', t = 'true', f = 'false', n = 'null'}

-- 'object', 'array', 'string', 'number', 'true', 'false' or 'null'; nil for anything else.
local function json_type(text)
  local c = text:match('^[ \t\r\n]*(.)')
  if not c then return nil end
  return json_types[c] or (c:find('[-%d]') and 'number' or nil)
end

-- UTF-8 bytes of code point cp; a lone surrogate (U+D800..U+DFFF) gets the 3-byte form.
local function str_utf8(cp)
  local f = math.floor
  if cp < 0x80 then return string.char(cp) end
  if cp < 0x800 then return string.char(0xC0 + f(cp / 64), 0x80 + cp % 64) end
  if cp < 0x10000 then
    return string.char(0xE0 + f(cp / 4096), 0x80 + f(cp / 64) % 64, 0x80 + cp % 64)
  end
  return string.char(0xF0 + f(cp / 262144), 0x80 + f(cp / 4096) % 64, 0x80 + f(cp / 64) % 64, 0x80 + cp % 64)
end

local json_unescape = {['"'] = '"', ['\\'] = '\\', ['/'] = '/', b = '\b', f = '\f', n = '\n', r = '\r', t = '\t'}

-- Code point of the \uXXXX escape at i, followed by its low half when it is a high surrogate;
-- returns the code point and the index after the escape(s).
local function json_unicode_at(s, i)
  local hex = s:match('^\\u(%x%x%x%x)', i)
  if not hex then error('bad json: bad \\u escape at ' .. i) end
  local cp = tonumber(hex, 16)
  local low = cp >= 0xD800 and cp < 0xDC00 and s:match('^\\u([dD][c-fC-F]%x%x)', i + 6)
  if not low then return cp, i + 6 end
  return 0x10000 + (cp - 0xD800) * 1024 + tonumber(low, 16) - 0xDC00, i + 12
end

-- The UTF-8 string of a JSON string literal (quotes included). Lone surrogates become their
-- 3-byte form, which json_encode_string turns back into \uXXXX.
local function json_decode_string(lit)
  local body = lit:sub(2, -2)
  if not body:find('\\', 1, true) then return body end
  local out, i = {}, 1
  while true do
    local k = body:find('\\', i, true)
    if not k then break end
    out[#out + 1] = body:sub(i, k - 1)
    local c = body:sub(k + 1, k + 1)
    if c == 'u' then
      local cp
      cp, i = json_unicode_at(body, k)
      out[#out + 1] = str_utf8(cp)
    else
      out[#out + 1] = json_unescape[c] or error('bad json: bad escape at ' .. k)
      i = k + 2
    end
  end
  out[#out + 1] = body:sub(i)
  return table.concat(out)
end

-- Escapes as Jackson writes them: \" \\ \b \f \n \r \t, other controls as \u00XX (upper-case hex).
local json_escape = {['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f', ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t'}

local function json_escape_char(c)
  return json_escape[c] or string.format('\\u%04X', c:byte())
end

local function json_escape_surrogate(c)
  local b1, b2, b3 = c:byte(1, 3)
  return string.format('\\u%04X', (b1 - 0xE0) * 4096 + (b2 - 0x80) * 64 + b3 - 0x80)
end

-- A JSON string literal of s; bytes >= 0x80 stay as they are (UTF-8), except lone surrogates.
local function json_encode_string(s)
  s = s:gsub('[%z\1-\31"\\]', json_escape_char)
  s = s:gsub('\237[\160-\191][\128-\191]', json_escape_surrogate)
  return '"' .. s .. '"'
end

-- Whether the member name literal s[i..e] (quotes included) decodes to key.
local function json_name_is(s, i, e, key)
  local raw = s:sub(i + 1, e - 1)
  if not raw:find('\\', 1, true) then return raw == key end
  return json_decode_string(s:sub(i, e)) == key
end

-- Seeks member key (the first one, if repeated) in the object at the start of obj.
-- Present: name start, value start, value stop, and `before`: the last byte of the previous
-- value, or the '{' for the first member. Absent: nil, nil, nil, and the last byte of the last
-- value, or the '{' of an empty object.
local function json_seek(obj, key)
  local before = json_skip(obj, 1)
  if obj:byte(before) ~= 123 then error('bad json: not an object') end
  local i = json_skip(obj, before + 1)
  if obj:byte(i) == 125 then return nil, nil, nil, before end
  while true do
    if obj:byte(i) ~= 34 then error('bad json: member name expected at ' .. i) end
    local ne = json_string_end(obj, i)
    local colon = json_skip(obj, ne)
    if obj:byte(colon) ~= 58 then error('bad json: colon expected at ' .. colon) end
    local vs = json_skip(obj, colon + 1)
    local ve = json_value_end(obj, vs) - 1
    if json_name_is(obj, i, ne - 1, key) then return i, vs, ve, before end
    local c = json_skip(obj, ve + 1)
    if obj:byte(c) ~= 44 then return nil, nil, nil, ve end
    before, i = ve, json_skip(obj, c + 1)
  end
end

-- Start and stop (inclusive) of the value of member key, or nil.
local function json_member(obj, key)
  local _, vs, ve = json_seek(obj, key)
  return vs, ve
end

-- obj with member key's value replaced by value_text, or with "key":value_text appended.
local function json_set_member(obj, key, value_text)
  local _, vs, ve, before = json_seek(obj, key)
  if vs then return obj:sub(1, vs - 1) .. value_text .. obj:sub(ve + 1) end
  local sep = obj:byte(before) == 123 and '' or ','
  return obj:sub(1, before) .. sep .. json_encode_string(key) .. ':' .. value_text .. obj:sub(before + 1)
end

-- obj without member key (and one comma); obj itself when absent.
local function json_remove_member(obj, key)
  local ns, _, ve, before = json_seek(obj, key)
  if not ns then return obj end
  local c = json_skip(obj, ve + 1)
  if obj:byte(c) == 44 then return obj:sub(1, ns - 1) .. obj:sub(json_skip(obj, c + 1)) end
  if obj:byte(before) == 123 then return obj:sub(1, ns - 1) .. obj:sub(ve + 1) end
  return obj:sub(1, before) .. obj:sub(ve + 1)
end

-- Start of the first element of the array at the start of arr, nil for an empty array.
local function json_first_element(arr)
  local o = json_skip(arr, 1)
  if arr:byte(o) ~= 91 then error('bad json: not an array') end
  local i = json_skip(arr, o + 1)
  if arr:byte(i) ~= 93 then return i end
  return nil
end

-- Start of the element after the one ending at stop, nil after the last.
local function json_next_element(arr, stop)
  local c = json_skip(arr, stop + 1)
  local b = arr:byte(c)
  if b == 44 then return json_skip(arr, c + 1) end
  if b ~= 93 then error('bad json: comma expected at ' .. c) end
  return nil
end

-- Two parallel arrays: starts and stops (inclusive) of the top-level elements.
local function json_elements(arr)
  local starts, stops, i = {}, {}, json_first_element(arr)
  while i do
    local n = #starts + 1
    starts[n], stops[n] = i, json_value_end(arr, i) - 1
    i = json_next_element(arr, stops[n])
  end
  return starts, stops
end

-- Start and stop (inclusive) of the n-th (1-based) element, or nil.
local function json_element(arr, n)
  if n < 1 then return nil end
  local i = json_first_element(arr)
  while i do
    local stop = json_value_end(arr, i) - 1
    if n == 1 then return i, stop end
    n, i = n - 1, json_next_element(arr, stop)
  end
  return nil
end

-- -1, 0 or 1 in the order of Java's String.compareTo (UTF-16 code units). UTF-8 byte order is
-- code point order; the two differ only where a supplementary character (lead byte F0..F4, a
-- surrogate pair in UTF-16) meets U+E000..U+FFFF (lead byte EE or EF): UTF-16 puts it first.
local function str_cmp(a, b)
  if a == b then return 0 end
  local i = 1
  while a:sub(i, i + 31) == b:sub(i, i + 31) do i = i + 32 end
  while a:byte(i) == b:byte(i) do i = i + 1 end
  local x, y = a:byte(i), b:byte(i)
  if not x or not y then return x and 1 or -1 end
  -- In valid UTF-8 both bytes are lead bytes, or both continue the same character.
  if x >= 240 and (y == 238 or y == 239) then return -1 end
  if y >= 240 and (x == 238 or x == 239) then return 1 end
  return x < y and -1 or 1
end

-- Java String.length(): UTF-16 code units, 2 for a supplementary character.
local function str_length(s)
  local _, continuation = s:gsub('[\128-\191]', '')
  local _, four = s:gsub('[\240-\247]', '')
  return #s - continuation + four
end

-- Case mapping beyond ASCII covers: Latin-1 (À..Þ <-> à..þ except × ÷, ÿ <-> Ÿ), Greek U+0386..U+03AB
-- <-> U+03AC..U+03CE (with tonos and dialytika; ς -> Σ) and Cyrillic U+0400..U+042F <-> U+0430..U+045F.
-- Java's toUpperCase/toLowerCase(Locale.ROOT) differ on: other letters (µ, Ā, ...), ß (Java: SS),
-- ΐ ΰ (Java: three characters) and word-final Σ (Java: ς, here σ); compare upper-cased text for
-- IgnoreCase. string.upper/lower only change ASCII letters: Redis leaves LC_CTYPE as "C".
local str_case_chars = '[\195\197\206\207\208\209][\128-\191]'
local str_upper_special = {
  [0xFF] = 0x178, [0x3C2] = 0x3A3, [0x3AC] = 0x386, [0x3AD] = 0x388, [0x3AE] = 0x389, [0x3AF] = 0x38A,
  [0x3CC] = 0x38C, [0x3CD] = 0x38E, [0x3CE] = 0x38F,
}
local str_lower_special = {
  [0x178] = 0xFF, [0x386] = 0x3AC, [0x388] = 0x3AD, [0x389] = 0x3AE, [0x38A] = 0x3AF, [0x38C] = 0x3CC,
  [0x38E] = 0x3CD, [0x38F] = 0x3CE,
}

local function str_cp2(c)
  local b1, b2 = c:byte(1, 2)
  return (b1 - 192) * 64 + b2 - 128
end

local function str_upper_char(c)
  local cp = str_cp2(c)
  local special = str_upper_special[cp]
  if special then return str_utf8(special) end
  if cp >= 0xE0 and cp <= 0xFE and cp ~= 0xF7 or cp >= 0x3B1 and cp <= 0x3CB or cp >= 0x430 and cp <= 0x44F then
    return str_utf8(cp - 32)
  end
  if cp >= 0x450 and cp <= 0x45F then return str_utf8(cp - 80) end
  return nil
end

local function str_lower_char(c)
  local cp = str_cp2(c)
  local special = str_lower_special[cp]
  if special then return str_utf8(special) end
  if cp >= 0xC0 and cp <= 0xDE and cp ~= 0xD7 or cp >= 0x391 and cp <= 0x3AB and cp ~= 0x3A2
    or cp >= 0x410 and cp <= 0x42F then
    return str_utf8(cp + 32)
  end
  if cp >= 0x400 and cp <= 0x40F then return str_utf8(cp + 80) end
  return nil
end

local function str_upper(s)
  return (string.upper(s):gsub(str_case_chars, str_upper_char))
end

local function str_lower(s)
  return (string.lower(s):gsub(str_case_chars, str_lower_char))
end

-- Index of the character after the one starting at i (#s + 1 at the end).
local function str_next(s, i)
  return s:find('[^\128-\191]', i + 1) or #s + 1
end

-- The first n characters (code points) of s; all of s when it is shorter.
local function str_left(s, n)
  local i = 1
  for _ = 1, n do
    if i > #s then return s end
    i = str_next(s, i)
  end
  return s:sub(1, i - 1)
end

-- The last n characters (code points) of s; all of s when it is shorter.
local function str_right(s, n)
  local i = #s + 1
  for _ = 1, n do
    if i <= 1 then return s end
    i = i - 1
    while i > 1 and s:byte(i) >= 128 and s:byte(i) < 192 do i = i - 1 end
  end
  return s:sub(i)
end

-- JDQL LIKE: % any sequence, _ one character (code point), every other byte literal.
-- Two pointers with one backtrack point (the last %): O(#s * #p), never exponential.
-- Literal bytes may be compared inside a character: UTF-8 is prefix-free, and backtracking
-- resumes at character starts.
local function str_like(s, p)
  local si, pi, star_p, star_s = 1, 1, nil, nil
  while si <= #s do
    local c = p:byte(pi)
    if c == 95 then
      si, pi = str_next(s, si), pi + 1
    elseif c == 37 then
      star_p, star_s, pi = pi, si, pi + 1
    elseif c and c == s:byte(si) then
      si, pi = si + 1, pi + 1
    elseif star_p then
      star_s = str_next(s, star_s)
      si, pi = star_s, star_p + 1
    else
      return false
    end
  end
  while p:byte(pi) == 37 do pi = pi + 1 end
  return pi > #p
end

local function str_starts(s, p)
  return s:sub(1, #p) == p
end

local function str_ends(s, p)
  return p == '' or s:sub(-#p) == p
end

local function str_contains(s, p)
  return s:find(p, 1, true) ~= nil
end
