-- Exact decimal arithmetic on number text: JSON numbers and Java BigDecimal.toString() output.
-- Internally a number is three values, as in BigDecimal: neg (true when negative, never for zero),
-- digits (the unscaled magnitude: no leading zeros, '0' for zero) and scale (value = digits * 10^-scale):
-- '1.10' is false, '110', 2 and '-1e2' is true, '1', -2.
-- Digit strings are never ordered with < or >: Lua orders strings with strcoll, and Redis sets
-- LC_COLLATE from its environment.
-- Independent of text.lua. Errors (callers use pcall): 'not a number: <text>', 'number out of range'
-- (a scale outside Java's int range, also for products), 'number too long' (aligning scales would
-- append more than num_max_zeros zeros, e.g. 1e-999999999 + 1), 'division by zero'.

local num_limb = 10000000 -- 7 digits per limb: a limb product plus carries stays exact below 2^53
local num_max_zeros = 1000000

-- Captures of number text: sign, integer digits, fraction digits, exponent; nil when malformed.
local function num_syntax(s)
  local sign, int, frac, e, exp = string.match(s, '^([-+]?)(%d*)%.?(%d*)([eE]?)([-+]?%d*)$')
  if not sign or int .. frac == '' or (e == '') ~= (exp == '') or (e ~= '' and not exp:find('%d')) then
    return nil
  end
  return sign, int, frac, exp
end

local function num_check_scale(scale)
  if scale >= 2147483648 or scale < -2147483648 then error('number out of range') end
  return scale
end

local function num_parse(s)
  local sign, int, frac, exp = num_syntax(s)
  if not sign then error('not a number: ' .. tostring(s):sub(1, 40)) end
  local scale = num_check_scale(#frac - (tonumber(exp) or 0))
  local digits = (int .. frac):gsub('^0+', '')
  if digits == '' then digits = '0' end
  return sign == '-' and digits ~= '0', digits, scale
end

-- Java BigDecimal.toString(): plain when scale >= 0 and the adjusted exponent >= -6, else d.dddE±n.
local function num_format(neg, digits, scale)
  local n, text = #digits, nil
  local adjusted = n - 1 - scale
  if scale == 0 then
    text = digits
  elseif scale > 0 and adjusted >= -6 then
    if n > scale then
      text = digits:sub(1, n - scale) .. '.' .. digits:sub(n - scale + 1)
    else
      text = '0.' .. string.rep('0', scale - n) .. digits
    end
  else
    text = digits:sub(1, 1) .. (n > 1 and '.' .. digits:sub(2) or '') .. 'E'
      .. (adjusted >= 0 and '+' or '') .. string.format('%d', adjusted)
  end
  return (neg and digits ~= '0' and '-' or '') .. text
end

-- Limbs: little-endian array of 7-digit numbers.
local function num_to_limbs(d)
  local t = {}
  for i = #d, 1, -7 do
    t[#t + 1] = tonumber(d:sub(math.max(1, i - 6), i))
  end
  return t
end

local function num_from_limbs(t, n)
  while n > 1 and (t[n] or 0) == 0 do n = n - 1 end
  local parts = {string.format('%d', t[n] or 0)}
  for i = n - 1, 1, -1 do
    parts[#parts + 1] = string.format('%07d', t[i])
  end
  return table.concat(parts)
end

local function num_mag_cmp(a, b)
  if a == b then return 0 end
  if #a ~= #b then return #a < #b and -1 or 1 end
  for i = 1, #a, 15 do
    local x, y = tonumber(a:sub(i, i + 14)), tonumber(b:sub(i, i + 14))
    if x ~= y then return x < y and -1 or 1 end
  end
  return 0
end

local function num_mag_add(a, b)
  local x, y, carry = num_to_limbs(a), num_to_limbs(b), 0
  local n = math.max(#x, #y)
  for i = 1, n do
    local s = (x[i] or 0) + (y[i] or 0) + carry
    carry = s >= num_limb and 1 or 0
    x[i] = s - carry * num_limb
  end
  x[n + 1] = carry
  return num_from_limbs(x, n + 1)
end

-- a - b for magnitudes with a >= b.
local function num_mag_sub(a, b)
  local x, y, borrow = num_to_limbs(a), num_to_limbs(b), 0
  for i = 1, #x do
    local s = x[i] - (y[i] or 0) - borrow
    borrow = s < 0 and 1 or 0
    x[i] = s + borrow * num_limb
  end
  return num_from_limbs(x, #x)
end

local function num_mag_mul(a, b)
  local x, y, r = num_to_limbs(a), num_to_limbs(b), {}
  for k = 1, #x + #y do r[k] = 0 end
  for i = 1, #x do
    local xi, carry = x[i], 0
    for j = 1, #y do
      local t = r[i + j - 1] + xi * y[j] + carry
      carry = math.floor(t / num_limb)
      r[i + j - 1] = t - carry * num_limb
    end
    r[i + #y] = carry
  end
  return num_from_limbs(r, #x + #y)
end

-- Truncated quotient and remainder of magnitudes, by schoolbook long division.
local function num_mag_div(a, b)
  local q, r = {}, '0'
  for i = 1, #a do
    r = r == '0' and a:sub(i, i) or r .. a:sub(i, i)
    local k = 0
    while num_mag_cmp(r, b) >= 0 do
      r, k = num_mag_sub(r, b), k + 1
    end
    q[i] = k
  end
  return (table.concat(q):gsub('^0+(%d)', '%1')), r
end

-- digits * 10^zeros.
local function num_pad(digits, zeros)
  if digits == '0' or zeros == 0 then return digits end
  if zeros > num_max_zeros then error('number too long') end
  return digits .. string.rep('0', zeros)
end

-- Sum of two parsed numbers, as neg, digits, scale (scale = max of the scales).
local function num_sum(na, da, sa, nb, db, sb)
  local s = math.max(sa, sb)
  da, db = num_pad(da, s - sa), num_pad(db, s - sb)
  if na == nb then return na, num_mag_add(da, db), s end
  local c = num_mag_cmp(da, db)
  if c == 0 then return false, '0', s end
  if c > 0 then return na, num_mag_sub(da, db), s end
  return nb, num_mag_sub(db, da), s
end

local function num_add(a, b)
  local na, da, sa = num_parse(a)
  local nb, db, sb = num_parse(b)
  return num_format(num_sum(na, da, sa, nb, db, sb))
end

local function num_sub(a, b)
  local na, da, sa = num_parse(a)
  local nb, db, sb = num_parse(b)
  return num_format(num_sum(na, da, sa, not nb and db ~= '0', db, sb))
end

local function num_mul(a, b)
  local na, da, sa = num_parse(a)
  local nb, db, sb = num_parse(b)
  return num_format(na ~= nb, num_mag_mul(da, db), num_check_scale(sa + sb))
end

local function num_neg(a)
  local n, d, s = num_parse(a)
  return num_format(not n, d, s)
end

local function num_abs(a)
  local _, d, s = num_parse(a)
  return num_format(false, d, s)
end

-- -1, 0 or 1. Compares the positions of the leading digits first, so huge exponents cost nothing.
local function num_cmp(a, b)
  local na, da, sa = num_parse(a)
  local nb, db, sb = num_parse(b)
  local ga = da == '0' and 0 or na and -1 or 1
  local gb = db == '0' and 0 or nb and -1 or 1
  if ga ~= gb then return ga < gb and -1 or 1 end
  if ga == 0 then return 0 end
  local ea, eb = #da - sa, #db - sb
  if ea ~= eb then return ea < eb and -ga or ga end
  local n = math.max(#da, #db)
  local m = num_mag_cmp(da .. string.rep('0', n - #da), db .. string.rep('0', n - #db))
  if m == 0 then return 0 end -- not ga * 0, which is -0 for negatives and prints as '-0'
  return ga * m
end

-- True when the value is integral: no non-zero digit after the point ('5', '5.00', '1.5E+1', '0E-9').
local function num_is_integer(a)
  local _, d, s = num_parse(a)
  if s <= 0 or d == '0' then return true end
  return #d > s and not d:find('[1-9]', #d - s + 1)
end

-- min <= a <= max, exactly (the value alone: '1.5' is in the int range).
local function num_in_range(a, min, max)
  return num_cmp(a, min) >= 0 and num_cmp(a, max) <= 0
end

local num_bounds = {
  byte = {'-128', '127'},
  short = {'-32768', '32767'},
  int = {'-2147483648', '2147483647'},
  long = {'-9223372036854775808', '9223372036854775807'},
}

-- True when a is integral and fits the Java type kind: 'byte', 'short', 'int' or 'long'.
local function num_fits(a, kind)
  local b = num_bounds[kind]
  return num_is_integer(a) and num_in_range(a, b[1], b[2])
end

-- Quotient truncated toward zero (Java / on longs), as integer text. Exact, so Long.MIN_VALUE / -1
-- gives 9223372036854775808: check the range with num_fits. Non-integral operands are divided
-- exactly before truncating ('7.5' / '2' = '3').
local function num_div_int(a, b)
  local na, da, sa = num_parse(a)
  local nb, db, sb = num_parse(b)
  if db == '0' then error('division by zero') end
  local s = math.max(sa, sb)
  local q = num_mag_div(num_pad(da, s - sa), num_pad(db, s - sb))
  return num_format(na ~= nb, q, 0)
end

-- The Lua number (double) of number text, rounded as Java's Double.parseDouble does (strtod):
-- '1e400' gives inf, '-0.0' gives -0. Errors on malformed text.
local function num_double(text)
  if not num_syntax(text) then error('not a number: ' .. tostring(text):sub(1, 40)) end
  return tonumber(text)
end

-- The shortest of %.15g, %.16g, %.17g that reads back to exactly x, with '.0' appended to
-- integral plain results (100.0, -0.0) so the JSON reads back as a floating-point number.
-- Returns nil for inf and nan, which JSON cannot hold.
local function num_format_double(x)
  if x ~= x or x == math.huge or x == -math.huge then return nil end
  local text
  for precision = 15, 17 do
    text = string.format('%.' .. precision .. 'g', x)
    if tonumber(text) == x then break end
  end
  if not text:find('[.e]') then text = text .. '.0' end
  return text
end
