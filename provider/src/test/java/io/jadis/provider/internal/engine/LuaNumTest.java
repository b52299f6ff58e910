package io.jadis.provider.internal.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** num.lua on a real Redis, checked against BigDecimal, long and double arithmetic in Java. */
class LuaNumTest {
    private static final String LONG_MIN = Long.toString(Long.MIN_VALUE);
    private static final String LONG_MAX = Long.toString(Long.MAX_VALUE);

    private static LuaCalls lua;

    @BeforeAll
    static void start() {
        lua = new LuaCalls();
    }

    @AfterAll
    static void stop() {
        lua.close();
    }

    private static String call(String op, String... args) {
        return lua.call(op, args);
    }

    private static BigDecimal randomDecimal(Random r) {
        int bits = r.nextInt(4) == 0 ? r.nextInt(1, 20) : r.nextInt(1, 230);
        BigInteger unscaled = new BigInteger(bits, r);
        return new BigDecimal(r.nextBoolean() ? unscaled.negate() : unscaled, r.nextInt(-12, 25));
    }

    /** Text of d that parses back to the same value and scale, in one of the forms Lua must read. */
    private static String text(BigDecimal d, Random r) {
        String s = switch (r.nextInt(4)) {
            case 0 -> d.toString();
            case 1 -> d.unscaledValue() + "e" + (-d.scale());
            case 2 -> d.unscaledValue() + (d.scale() <= 0 ? "E+" : "E") + (-d.scale());
            default -> d.scale() >= 0 ? d.toPlainString() : d.toString();
        };
        BigDecimal back = new BigDecimal(s);
        assertTrue(back.equals(d), s);
        return s;
    }

    private static List<String[]> randomPairs(long seed, int count) {
        Random r = new Random(seed);
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal a = randomDecimal(r);
            BigDecimal b = switch (r.nextInt(6)) {
                case 0 -> a.setScale(Math.max(a.scale(), 0) + r.nextInt(4)); // equal value, other scale
                case 1 -> a.negate();
                case 2 -> BigDecimal.ZERO.setScale(r.nextInt(-3, 5));
                default -> randomDecimal(r);
            };
            cases.add(new String[] {text(a, r), text(b, r)});
        }
        return cases;
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void additionIsExactBeyondTwoToThe53() {
        assertEquals("9007199254740993", call("num_add", "9007199254740992", "1"));
        assertEquals("9223372036854775806", call("num_add", LONG_MAX, "-1"));
        assertEquals("9223372036854775808", call("num_add", LONG_MAX, "1"));
        assertEquals("-9223372036854775809", call("num_sub", LONG_MIN, "1"));
        assertEquals("18014398509481986", call("num_mul", "9007199254740993", "2"));
    }

    @Test
    void arithmeticMatchesBigDecimalOnRandomValues() {
        List<String[]> cases = randomPairs(1, 400);
        lua.check("num_add", cases, c -> bd(c[0]).add(bd(c[1])).toString());
        lua.check("num_sub", cases, c -> bd(c[0]).subtract(bd(c[1])).toString());
        lua.check("num_mul", cases, c -> bd(c[0]).multiply(bd(c[1])).toString());
    }

    @Test
    void comparisonMatchesBigDecimalOnRandomValues() {
        List<String[]> cases = randomPairs(2, 500);
        lua.check("num_cmp", cases, c -> Integer.toString(Integer.signum(bd(c[0]).compareTo(bd(c[1])))));
    }

    @Test
    void comparisonIsExactAndIgnoresScaleAndTheSignOfZero() {
        assertEquals("1", call("num_cmp", "9007199254740993", "9007199254740992"));
        assertEquals("-1", call("num_cmp", "9007199254740992", "9007199254740993"));
        assertEquals("0", call("num_cmp", "1.10", "1.1"));
        assertEquals("0", call("num_cmp", "-0", "0"));
        assertEquals("0", call("num_cmp", "-0.0", "0E+5"));
        assertEquals("0", call("num_cmp", "1e2", "100"));
        assertEquals("0", call("num_cmp", "1E+2", "100.000"));
        assertEquals("-1", call("num_cmp", "-1", "-0.5"));
        assertEquals("1", call("num_cmp", "0.1", "0.09999999999999999999999"));
        assertEquals("-1", call("num_cmp", "12345678901234567890.123456789", "12345678901234567890.12345679"));
        assertEquals("-1", call("num_cmp", LONG_MIN, LONG_MAX));
        assertEquals("1", call("num_cmp", "1.0E-300", "0"));
        assertEquals("-1", call("num_cmp", "-1.0E-300", "-0.0"));
    }

    @Test
    void hugeExponentsCompareWithoutExpanding() {
        assertEquals("1", call("num_cmp", "1e999999999", "1e999999998"));
        assertEquals("1", call("num_cmp", "1E+2147483647", "9.99999E+2147483646"));
        assertEquals("-1", call("num_cmp", "-1e999999999", "1e-999999999"));
        assertEquals("1", call("num_cmp", "1e-999999999", "0"));
        assertEquals("0", call("num_cmp", "1.5e999999999", "15e999999998"));
        assertEquals("1E+999999999", call("num_abs", "-1e999999999"));
        assertEquals("0", call("num_is_integer", "1e-999999999"));
        assertEquals("1", call("num_is_integer", "1e999999999"));
        assertEquals("0", call("num_fits", "1e999999999", "long"));
    }

    @Test
    void scalesBeyondJavaIntAndAbsurdAlignmentsAreErrors() {
        assertTrue(call("num_cmp", "1e2147483649", "1").contains("number out of range"));
        assertTrue(call("num_mul", "1e-2000000000", "1e-2000000000").contains("number out of range"));
        assertTrue(call("num_add", "1e-999999999", "1").contains("number too long"));
    }

    @Test
    void resultsAreFormattedLikeBigDecimalToString() {
        String[][] cases = {
            {"0.000001", "0"}, {"0.0000001", "0"}, {"0.00000012", "0"}, {"1e3", "0.0"}, {"1e3", "0E+2"},
            {"0E+2", "0E+3"}, {"0.0000000000", "0"}, {"0E-10", "0E-11"}, {"-1.5", "1.5"}, {"123.4500", "0"},
            {"1.7976931348623157E308", "0"}, {"1.0E-300", "0"}, {"-0.0", "0.00"}, {"5E-7", "-0.0000005"},
            {"1.23E+5", "0"}, {"1.23E+5", "1E+3"}, {".5", "1."},
        };
        lua.check("num_add", List.of(cases), c -> bd(c[0]).add(bd(c[1])).toString());
        lua.check("num_mul", List.of(cases), c -> bd(c[0]).multiply(bd(c[1])).toString());
        assertEquals("1E-7", call("num_add", "0.0000001", "0"));
        assertEquals("0.000001", call("num_add", "0.000001", "0"));
        assertEquals("0E-10", call("num_add", "0.0000000000", "0"));
        assertEquals("1000", call("num_add", "1e3", "0"));
        assertEquals("1.23E+5", call("num_add", "1.23E+5", "0E+3"));
    }

    @Test
    void longDigitStringsStayExact() {
        String a = "123456789012345678901234567890123456789012345678901234567890.000000000000000000001";
        String b = "-98765432109876543210987654321098765432109876543210987654321098765.5";
        List<String[]> cases = List.of(new String[] {a, b}, new String[] {b, a}, new String[] {a, a},
                new String[] {LONG_MIN, LONG_MIN}, new String[] {LONG_MAX, LONG_MIN},
                new String[] {"9".repeat(120), "1"}, new String[] {"0." + "0".repeat(70) + "1", "1E-71"});
        lua.check("num_add", cases, c -> bd(c[0]).add(bd(c[1])).toString());
        lua.check("num_sub", cases, c -> bd(c[0]).subtract(bd(c[1])).toString());
        lua.check("num_mul", cases, c -> bd(c[0]).multiply(bd(c[1])).toString());
        lua.check("num_cmp", cases, c -> Integer.toString(bd(c[0]).compareTo(bd(c[1]))));
        assertEquals("1" + "0".repeat(120), call("num_add", "9".repeat(120), "1"));
    }

    @Test
    void integerDivisionTruncatesTowardZeroLikeJavaLongDivision() {
        Random r = new Random(3);
        List<String[]> cases = new ArrayList<>();
        long[] edges = {Long.MIN_VALUE, Long.MAX_VALUE, -1, 1, 7, -7, 2, -2, 0};
        for (long x : edges) {
            for (long y : edges) {
                if (y != 0 && !(x == Long.MIN_VALUE && y == -1)) {
                    cases.add(new String[] {Long.toString(x), Long.toString(y)});
                }
            }
        }
        while (cases.size() < 400) {
            long x = r.nextLong() >> r.nextInt(64);
            long y = r.nextLong() >> r.nextInt(64);
            if (y != 0) {
                cases.add(new String[] {Long.toString(x), Long.toString(y)});
            }
        }
        lua.check("num_div_int", cases, c -> Long.toString(Long.parseLong(c[0]) / Long.parseLong(c[1])));
    }

    @Test
    void integerDivisionOfDecimalsTruncatesTheExactQuotient() {
        List<String[]> cases = new ArrayList<>();
        for (String[] c : randomPairs(4, 300)) {
            if (bd(c[1]).signum() != 0) {
                cases.add(c);
            }
        }
        lua.check("num_div_int", cases, c -> bd(c[0]).divideToIntegralValue(bd(c[1])).toBigInteger().toString());
        assertEquals("3", call("num_div_int", "7.5", "2"));
        assertEquals("-3", call("num_div_int", "-7.5", "2"));
        assertEquals("0", call("num_div_int", "-1", "2"));
    }

    @Test
    void divisionByZeroIsAnError() {
        assertTrue(call("num_div_int", "5", "0").contains("division by zero"));
        assertTrue(call("num_div_int", "5", "-0.000").contains("division by zero"));
        assertTrue(call("num_div_int", "0", "0E+3").contains("division by zero"));
    }

    @Test
    void longMinValueDividedByMinusOneIsDetectedAsOverflow() {
        assertEquals("9223372036854775808", call("num_div_int", LONG_MIN, "-1"));
        assertEquals("0", call("num_fits", call("num_div_int", LONG_MIN, "-1"), "long"));
        assertEquals("1", call("num_fits", call("num_div_int", LONG_MIN, "1"), "long"));
    }

    @Test
    void rangeChecksDetectIntAndLongOverflow() {
        Random r = new Random(5);
        List<String[]> ints = new ArrayList<>();
        List<String[]> longs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ints.add(new String[] {Integer.toString(r.nextInt() >> r.nextInt(4)), Integer.toString(r.nextInt() >> r.nextInt(4)), "int"});
            longs.add(new String[] {Long.toString(r.nextLong() >> r.nextInt(40)), Long.toString(r.nextLong() >> r.nextInt(40)), "long"});
        }
        ints.add(new String[] {"2147483647", "1", "int"});
        ints.add(new String[] {"-2147483648", "-1", "int"});
        ints.add(new String[] {"-2147483648", "0", "int"});
        lua.check("num_add_fits", ints, c -> fits(() -> Math.addExact(Integer.parseInt(c[0]), Integer.parseInt(c[1]))));
        lua.check("num_mul_fits", longs, c -> fits(() -> Math.multiplyExact(Long.parseLong(c[0]), Long.parseLong(c[1]))));
        lua.check("num_add_fits", longs, c -> fits(() -> Math.addExact(Long.parseLong(c[0]), Long.parseLong(c[1]))));

        assertEquals("1", call("num_in_range", "2147483647", "-2147483648", "2147483647"));
        assertEquals("0", call("num_in_range", "2147483648", "-2147483648", "2147483647"));
        assertEquals("0", call("num_in_range", "-2147483649", "-2147483648", "2147483647"));
        assertEquals("1", call("num_in_range", "1.5", "-2147483648", "2147483647"));
        assertEquals("0", call("num_fits", "1.5", "int"));
        assertEquals("1", call("num_fits", "127.000", "byte"));
        assertEquals("0", call("num_fits", "128", "byte"));
        assertEquals("1", call("num_fits", "-32768", "short"));
        assertEquals("0", call("num_fits", "32768", "short"));
        assertEquals("1", call("num_fits", "-9.223372036854775808E+18", "long"));
        assertEquals("0", call("num_add_fits", LONG_MAX, "1", "long"));
    }

    /**
     * prog_arith, the arithmetic of atomic updates and JDQL, takes a shortcut through doubles for
     * integers below 10^15: around its edges (the bounds of each Java type, results near 2^53) it must
     * give what Java's exact arithmetic gives, and an overflow error where Java's would throw.
     */
    @Test
    void arithmeticOnIntegersMatchesJavaAroundEveryBound() {
        List<String> edges = List.of("0", "1", "-1", "2", "127", "-128", "128", "32767", "-32768", "32768",
                "2147483647", "-2147483648", "2147483648", "46341", "-46341", "94906265", "94906266",
                "999999999999999", "-999999999999999", "1000000000000000", "4503599627370496",
                "9007199254740991", "9007199254740993", "3037000500", LONG_MAX, LONG_MIN);
        Map<String, BigInteger[]> bounds = Map.of(
                "byte", new BigInteger[] {BigInteger.valueOf(Byte.MIN_VALUE), BigInteger.valueOf(Byte.MAX_VALUE)},
                "short", new BigInteger[] {BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE)},
                "int", new BigInteger[] {BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)},
                "long", new BigInteger[] {BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)});
        List<String[]> cases = new ArrayList<>();
        for (String kind : List.of("byte", "short", "int", "long", "big", "dec")) {
            for (String op : List.of("+", "-", "*")) {
                for (String a : edges) {
                    for (String b : edges) {
                        cases.add(new String[] {op, a, b, kind});
                    }
                }
            }
        }
        List<String> got = lua.batch("prog_arith", cases);
        for (int i = 0; i < cases.size(); i++) {
            String[] c = cases.get(i);
            // An error raised with error('...') carries the script position first.
            assertEquals(javaArith(c, bounds.get(c[3])), got.get(i).replaceFirst("^error: user_script:\\d+: ", "error: "),
                    () -> "prog_arith" + Arrays.toString(c));
        }
    }

    private static String javaArith(String[] c, BigInteger[] range) {
        BigInteger a = new BigInteger(c[1]);
        BigInteger b = new BigInteger(c[2]);
        BigInteger r = switch (c[0]) {
            case "+" -> a.add(b);
            case "-" -> a.subtract(b);
            default -> a.multiply(b);
        };
        return range != null && (r.compareTo(range[0]) < 0 || r.compareTo(range[1]) > 0)
                ? "error: JADIS " + c[3] + " overflow: " + c[1] + " " + c[0] + " " + c[2] + " = " + r
                : r.toString();
    }

    private static String fits(Runnable exact) {
        try {
            exact.run();
            return "1";
        } catch (ArithmeticException e) {
            return "0";
        }
    }

    @Test
    void integralityIgnoresZeroFractionDigits() {
        String[] integral = {"5", "5.0", "5.000", "-0", "0.00", "0E-10", "1E+3", "1.5E+1", "-12.50E+1", "1e2", "10.0e-1"};
        String[] fractional = {"5.1", "0.5", "1.25E+1", "1e-1", "-0.001", "1001E-3", "1.0E-300"};
        for (String s : integral) {
            assertEquals("1", call("num_is_integer", s), s);
        }
        for (String s : fractional) {
            assertEquals("0", call("num_is_integer", s), s);
        }
    }

    @Test
    void negationAndAbsoluteValueMatchBigDecimal() {
        Random r = new Random(6);
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            cases.add(new String[] {text(randomDecimal(r), r)});
        }
        cases.add(new String[] {"-0"});
        cases.add(new String[] {"0.00"});
        cases.add(new String[] {"-0E+3"});
        lua.check("num_neg", cases, c -> bd(c[0]).negate().toString());
        lua.check("num_abs", cases, c -> bd(c[0]).abs().toString());
    }

    @Test
    void malformedNumbersAreErrors() {
        String[] bad = {"", "abc", "1e", "1e+", "--1", "+-1", "1.2.3", "+", "-", ".", "0x10", " 1", "1 ", "NaN", "Infinity", "1,5", "1e5.5", "\"1\""};
        for (String s : bad) {
            assertTrue(call("num_add", s, "1").contains("not a number"), s);
            assertTrue(call("num_double", s).contains("not a number"), s);
        }
        assertEquals("1.5", call("num_add", ".5", "1."));
        assertEquals("6", call("num_add", "+5", "1"));
    }

    @Test
    void doublesParseLikeJavaDoubleParseDouble() {
        Random r = new Random(7);
        List<String[]> cases = new ArrayList<>();
        for (String s : new String[] {"0.1", "1.0E-300", "1.7976931348623157E308", "-0.0", "0", "4.9E-324",
                "2.2250738585072014E-308", "2.225073858507201E-308", "1e-400", "9007199254740993", "0.30000000000000004"}) {
            cases.add(new String[] {s});
        }
        for (int i = 0; i < 300; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(d)) {
                cases.add(new String[] {Double.toString(d)});
            }
            StringBuilder digits = new StringBuilder(r.nextBoolean() ? "-" : "");
            digits.append(r.nextInt(10)).append('.');
            for (int k = r.nextInt(1, 30); k > 0; k--) {
                digits.append(r.nextInt(10));
            }
            cases.add(new String[] {digits + "e" + r.nextInt(-320, 309)});
        }
        List<String> got = lua.batch("num_double", cases);
        for (int i = 0; i < cases.size(); i++) {
            double expected = Double.parseDouble(cases.get(i)[0]);
            String g = got.get(i);
            String shown = Double.isInfinite(expected) ? (expected > 0 ? "inf" : "-inf") : null;
            if (shown != null) {
                assertEquals(shown, g, cases.get(i)[0]);
            } else {
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(Double.parseDouble(g)), cases.get(i)[0]);
            }
        }
        assertEquals("inf", call("num_double", "1e400"));
        assertEquals("-0", call("num_double", "-0.0"));
    }

    @Test
    void doubleFormattingPicksTheShortestExactText() {
        assertEquals("0.30000000000000004", call("num_format_double_sum", "0.1", "0.2"));
        assertEquals("0.1", call("num_format_double", "0.1"));
        assertEquals("100.0", call("num_format_double", "100"));
        assertEquals("-0.0", call("num_format_double", "-0.0"));
        assertEquals("0.0", call("num_format_double_sum", "-0.0", "0.0"));
        assertEquals("1e-300", call("num_format_double", "1.0E-300"));
        assertEquals("1.7976931348623157e+308", call("num_format_double", "1.7976931348623157E308"));
        assertEquals("4.94065645841247e-324", call("num_format_double", "4.9E-324"));
        assertEquals("1e+22", call("num_format_double", "1.0E22"));
        assertEquals("9007199254740992.0", call("num_format_double", "9007199254740993"));
    }

    @Test
    void doubleFormattingRoundTripsRandomDoubles() {
        Random r = new Random(8);
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double d = i % 2 == 0
                    ? Double.longBitsToDouble(r.nextLong())
                    : Double.parseDouble(r.nextInt(1_000_000) + "e" + r.nextInt(-30, 30));
            if (Double.isFinite(d)) {
                cases.add(new String[] {Double.toString(d)});
            }
        }
        List<String> got = lua.batch("num_format_double", cases);
        for (int i = 0; i < cases.size(); i++) {
            String java = cases.get(i)[0];
            String g = got.get(i);
            double d = Double.parseDouble(java);
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Double.parseDouble(g)), java + " -> " + g);
            BigDecimal ours = bd(g).stripTrailingZeros();
            BigDecimal shortest = bd(java).stripTrailingZeros();
            assertTrue(ours.precision() <= 17, g);
            if (shortest.precision() <= 15) {
                assertEquals(0, ours.compareTo(shortest), java + " -> " + g);
            }
        }
    }

    @Test
    void doubleArithmeticMatchesJava() {
        Random r = new Random(9);
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"1.7976931348623157E308", "1.7976931348623157E308"});
        cases.add(new String[] {"1.0", "0.0"});
        cases.add(new String[] {"0.0", "-0.0"});
        cases.add(new String[] {"0.1", "0.2"});
        while (cases.size() < 300) {
            double a = r.nextBoolean() ? Double.longBitsToDouble(r.nextLong()) : r.nextInt(-1000, 1000) / 10.0;
            double b = r.nextBoolean() ? Double.longBitsToDouble(r.nextLong()) : r.nextInt(-1000, 1000) / 100.0;
            if (Double.isFinite(a) && Double.isFinite(b)) {
                cases.add(new String[] {Double.toString(a), Double.toString(b)});
            }
        }
        List<String> got = lua.batch("num_double_ops", cases);
        for (int i = 0; i < cases.size(); i++) {
            double a = Double.parseDouble(cases.get(i)[0]);
            double b = Double.parseDouble(cases.get(i)[1]);
            double[] expected = {a + b, a - b, a * b, a / b};
            String[] results = got.get(i).split(LuaCalls.MULTI, -1);
            assertEquals(4, results.length, got.get(i));
            for (int k = 0; k < 4; k++) {
                String where = a + " op" + k + " " + b + " -> " + results[k];
                if (Double.isFinite(expected[k])) {
                    assertEquals(Double.doubleToRawLongBits(expected[k]), Double.doubleToRawLongBits(Double.parseDouble(results[k])), where);
                } else {
                    assertEquals(LuaCalls.NIL, results[k], where);
                }
            }
        }
    }

    @Test
    void doubleFormattingRefusesInfinityAndNaN() {
        assertEquals(LuaCalls.NIL, call("num_format_double_sum", "1.7976931348623157E308", "1.7976931348623157E308"));
        assertEquals(LuaCalls.NIL, call("num_format_double_sum", "1e400", "-1e400"));
        assertEquals(LuaCalls.NIL, call("num_format_double", "-1e400"));
    }
}
