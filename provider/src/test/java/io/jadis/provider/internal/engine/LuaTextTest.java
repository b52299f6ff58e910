package io.jadis.provider.internal.engine;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** text.lua on a real Redis, checked against Jackson and java.lang.String. */
class LuaTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final String NIL = LuaCalls.NIL;

    /** Characters for random strings: ASCII, controls, JSON specials, Latin-1, CJK, BMP private use and specials, emoji. */
    private static final String[] CHARS = {
        "a", "b", "Z", "0", " ", "~", "\"", "\\", "/", "[", "]", "{", "}", ",", ":", "%", "_", ".",
        "\u0000", "\u0001", "\b", "\f", "\n", "\r", "\t", "\u001f", "\u007f",
        "é", "ß", "ÿ", "Ā", "日", "本", "\u2028", "\uD7FF", "\uE000", "\uF8FF", "\uFF21", "\uFFFD", "\uFFFF",
        "😀", "𝄞", "\uDBFF\uDFFF",
    };

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

    private static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String randomString(Random r, String[] alphabet, int maxLength) {
        StringBuilder sb = new StringBuilder();
        for (int n = r.nextInt(maxLength + 1); n > 0; n--) {
            sb.append(alphabet[r.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }

    private static List<String[]> singles(List<String> values) {
        return values.stream().map(v -> new String[] {v}).toList();
    }

    private static List<String> randomStrings(long seed, int count, String[] alphabet, int maxLength) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(List.of(""));
        while (out.size() < count) {
            out.add(randomString(r, alphabet, maxLength));
        }
        return out;
    }

    /** A document exercising member names and values that trip naive scanners. */
    private static Map<String, Object> trickyObject() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plain", 1);
        m.put("a.b", "dots");
        m.put("$x", List.of());
        m.put("it's", Map.of());
        m.put("say \"hi\"", "quote \" and ] and } and \\ and \\\"");
        m.put("[0]", List.of(1, List.of(2, "]"), Map.of("}", "{")));
        m.put("日本", "語");
        m.put("tab\there", null);
        m.put("", true);
        m.put("back\\slash", -1.5e-7);
        m.put("😀", Map.of("nested", Map.of("deeper", List.of("x"))));
        m.put("p", "last");
        return m;
    }

    // ---- json_value_end, json_type

    @Test
    void valueEndSkipsStringsWithEscapedQuotesAndBrackets() {
        String[] values = {
            "\"a\\\"]\"", "\"\\\\\"", "\"\\\\\\\"\"", "\"\"", "{}", "[]", "[[[]]]", "{\"a\":{\"b\":[1,{\"c\":\"]}\"}]}}",
            "123", "-0.5E-7", "true", "false", "null", "\"日本\\u00e9\"", "[\"😀\",{\"k\\\"\":\"v\\\\\"}]",
            "[\"{\",\"[\",\"\\\"]\"]", "{ \"a\" : [ 1 , 2 ] }",
        };
        List<String[]> cases = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String v : values) {
            for (String[] around : new String[][] {{"", " ,\"x\"]"}, {"", "}"}, {"  ", "]"}, {"\n\t", ""}}) {
                cases.add(new String[] {around[0] + v + around[1], "1"});
                expected.add(Integer.toString(bytes(around[0] + v) + 1));
            }
        }
        List<String> got = lua.batch("json_value_end", cases);
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(expected.get(i), got.get(i), cases.get(i)[0]);
        }
        assertEquals("11", call("json_value_end", "{\"a\":[1,2],\"b\":3}", "6"));
        assertEquals("17", call("json_value_end", "{\"a\":[1,2],\"b\":3}", "16"));
        assertTrue(call("json_value_end", "[1,2", "1").startsWith("error:"));
        assertTrue(call("json_value_end", "\"abc", "1").startsWith("error:"));
    }

    @Test
    void typeIsReadFromTheFirstNonSpaceCharacter() {
        String[][] cases = {
            {"{}", "object"}, {" [1]", "array"}, {"\n\t\"s\"", "string"}, {"-1", "number"}, {"0.5", "number"},
            {"true", "true"}, {"false", "false"}, {"null", "null"}, {"", NIL}, {"   ", NIL}, {"x", NIL},
        };
        for (String[] c : cases) {
            assertEquals(c[1], call("json_type", c[0]), c[0]);
        }
    }

    // ---- members

    @Test
    void memberFindsNamesWithSpecialCharactersAndEscapes() {
        Map<String, Object> m = trickyObject();
        for (ObjectMapper mapper : List.of(JSON, ESCAPING)) {
            String obj = json(mapper, m);
            List<String[]> cases = m.keySet().stream().map(k -> new String[] {obj, k}).toList();
            lua.check("json_member_text", cases, c -> json(mapper, m.get(c[1])));
        }
        assertEquals("6" + LuaCalls.MULTI + "6", call("json_member", "{\"a\":1}", "a"));
        assertEquals("17" + LuaCalls.MULTI + "21", call("json_member", "{\"x\":[1], \"a\" : [ 2 ] }", "a"));
        assertEquals("\"v\"", call("json_member_text", "{\"\\u65e5\\u672c\":\"v\"}", "日本"));
        assertEquals("2", call("json_member_text", "{\"a\\/b\":2}", "a/b"));
    }

    @Test
    void memberIsNilWhenAbsent() {
        String obj = json(JSON, trickyObject());
        for (String key : new String[] {"nope", "a", "plain ", "dots", "last", "nested", "deeper", "say", "x", "日", "PLAIN"}) {
            assertEquals(NIL + LuaCalls.MULTI + NIL, call("json_member", obj, key), key);
        }
        assertEquals(NIL + LuaCalls.MULTI + NIL, call("json_member", "{}", "a"));
        assertEquals(NIL + LuaCalls.MULTI + NIL, call("json_member", " { } ", ""));
        assertTrue(call("json_member", "[1]", "a").startsWith("error:"));
    }

    @Test
    void setMemberReplacesOnlyTheValue() {
        Map<String, Object> m = trickyObject();
        Object value = List.of("new", Map.of("k", "]\""));
        for (ObjectMapper mapper : List.of(JSON, ESCAPING)) {
            String obj = json(mapper, m);
            String valueText = json(mapper, value);
            List<String[]> cases = m.keySet().stream().map(k -> new String[] {obj, k, valueText}).toList();
            lua.check("json_set_member", cases, c -> {
                Map<String, Object> copy = new LinkedHashMap<>(m);
                copy.put(c[1], value);
                return json(mapper, copy);
            });
        }
        assertEquals("{ \"a\" : \"x\" , \"b\" : [ 2 ] }", call("json_set_member", "{ \"a\" : 1 , \"b\" : [ 2 ] }", "a", "\"x\""));
        assertEquals("{ \"a\" : 1 , \"b\" : {} }", call("json_set_member", "{ \"a\" : 1 , \"b\" : [ 2 ] }", "b", "{}"));
    }

    @Test
    void setMemberAppendsWhenAbsent() {
        Map<String, Object> m = trickyObject();
        String obj = json(JSON, m);
        List<String[]> cases = new ArrayList<>();
        for (String key : new String[] {"new.key", "日本語", "q\"uote", "back\\", "line\nbreak", "say", "[1]"}) {
            cases.add(new String[] {obj, key, "[1,\"]\"]"});
        }
        lua.check("json_set_member", cases, c -> {
            Map<String, Object> copy = new LinkedHashMap<>(m);
            copy.put(c[1], List.of(1, "]"));
            return json(JSON, copy);
        });
        assertEquals("{\"k\":1}", call("json_set_member", "{}", "k", "1"));
        assertEquals("{\"k\":1 }", call("json_set_member", "{ }", "k", "1"));
        assertEquals("{ \"a\" : 1,\"b\":2 }", call("json_set_member", "{ \"a\" : 1 }", "b", "2"));
        assertEquals("{\"a\":{},\"\":null}", call("json_set_member", "{\"a\":{}}", "", "null"));
    }

    @Test
    void removeMemberKeepsCommasRight() {
        Map<String, Object> m = trickyObject();
        for (ObjectMapper mapper : List.of(JSON, ESCAPING)) {
            String obj = json(mapper, m);
            List<String[]> cases = m.keySet().stream().map(k -> new String[] {obj, k}).toList();
            lua.check("json_remove_member", cases, c -> {
                Map<String, Object> copy = new LinkedHashMap<>(m);
                copy.remove(c[1]);
                return json(mapper, copy);
            });
            assertEquals(obj, call("json_remove_member", obj, "absent"));
        }
        String spaced = "{ \"a\" : 1 , \"b\" : 2 , \"c\" : [3] }";
        assertEquals("{ \"b\" : 2 , \"c\" : [3] }", call("json_remove_member", spaced, "a"));
        assertEquals("{ \"a\" : 1 , \"c\" : [3] }", call("json_remove_member", spaced, "b"));
        assertEquals("{ \"a\" : 1 , \"b\" : 2 }", call("json_remove_member", spaced, "c"));
        assertEquals("{  }", call("json_remove_member", "{ \"a\" : 1 }", "a"));
        assertEquals("{}", call("json_remove_member", "{\"a\":{\"a\":1}}", "a"));
        assertEquals("{}", call("json_remove_member", "{}", "a"));
    }

    // ---- elements

    @Test
    void elementsListTopLevelElementsOnly() {
        List<Object> list = Arrays.asList(1, "x,]", List.of(2, List.of(3)), Map.of("a", "}"), null, true, -0.5, "\"", List.of(), "日本");
        String arr = json(JSON, list);
        assertEquals(list.stream().map(v -> json(JSON, v)).collect(Collectors.joining(LuaCalls.ITEMS)),
                call("json_element_texts", arr));
        assertEquals("1" + LuaCalls.ITEMS + "[ 2 ]" + LuaCalls.ITEMS + "\"a\"", call("json_element_texts", "[ 1 , [ 2 ] ,\"a\" ]"));
        assertEquals("2" + LuaCalls.ITEMS + "5" + LuaCalls.ITEMS + "9" + LuaCalls.MULTI + "3" + LuaCalls.ITEMS + "7" + LuaCalls.ITEMS + "11",
                call("json_elements", "[10,[2],\"x\"]"));
        assertEquals("", call("json_element_texts", "[]"));
        assertEquals("", call("json_element_texts", " [ ] "));
        assertEquals("0", call("json_element_count", "[]"));
        assertEquals("1", call("json_element_count", "[[]]"));
        assertTrue(call("json_elements", "{}").startsWith("error:"));
    }

    @Test
    void elementIsFoundByPositionOrNilOutOfRange() {
        List<Object> list = Arrays.asList(1, "x,]", List.of(2, List.of(3)), Map.of("a", "}"), null);
        String arr = json(JSON, list);
        for (int n = 1; n <= list.size(); n++) {
            assertEquals(json(JSON, list.get(n - 1)), call("json_element_text", arr, Integer.toString(n)));
        }
        for (String n : new String[] {"0", "-1", "6", "100"}) {
            assertEquals(NIL, call("json_element_text", arr, n), n);
        }
        assertEquals(NIL, call("json_element_text", "[]", "1"));
        assertEquals("2" + LuaCalls.MULTI + "3", call("json_element", "[10,[2],\"x\"]", "1"));
    }

    // ---- strings

    @Test
    void decodeStringRoundTripsJacksonOutput() {
        List<String> strings = randomStrings(11, 400, CHARS, 12);
        lua.check("json_decode_string", singles(strings).stream().map(c -> new String[] {json(JSON, c[0])}).toList(),
                c -> readString(c[0]));
        lua.check("json_decode_string", singles(strings).stream().map(c -> new String[] {json(ESCAPING, c[0])}).toList(),
                c -> readString(c[0]));
    }

    private static String readString(String literal) {
        try {
            return JSON.readValue(literal, String.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void encodeStringMatchesJacksonByteForByte() {
        List<String> strings = randomStrings(12, 400, CHARS, 12);
        lua.check("json_encode_string", singles(strings), c -> json(JSON, c[0]));
        lua.check("json_reencode_string", singles(strings).stream().map(c -> new String[] {json(ESCAPING, c[0])}).toList(),
                c -> json(JSON, readString(c[0])));
        assertEquals("\"\"", call("json_encode_string", ""));
        assertEquals("\"\\u0000\\u001F\\\"\\\\/\u007f\"", call("json_encode_string", "\u0000\u001f\"\\/\u007f"));
    }

    @Test
    void decodeStringHandlesEveryEscapeAndSurrogatePairs() {
        assertEquals("\"\\/\b\f\n\r\t", call("json_decode_string", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""));
        assertEquals("éé😀😀", call("json_decode_string", "\"\\u00e9\\u00E9\\ud83d\\ude00\\uD83D\\uDE00\""));
        assertEquals("a\u0000b", call("json_decode_string", "\"a\\u0000b\""));
        assertEquals("\\u00e9", call("json_decode_string", "\"\\\\u00e9\""));
        assertEquals("plain ] text", call("json_decode_string", "\"plain ] text\""));
        assertEquals("", call("json_decode_string", "\"\""));
        assertTrue(call("json_decode_string", "\"\\x\"").startsWith("error:"));
        assertTrue(call("json_decode_string", "\"\\u12\"").startsWith("error:"));
    }

    @Test
    void loneSurrogatesSurviveARoundTripThroughEscapes() {
        assertEquals("\"\\uD800x\"", call("json_reencode_string", "\"\\ud800x\""));
        assertEquals("\"\\uDC00\"", call("json_reencode_string", "\"\\udc00\""));
        assertEquals("\"\\uD800A\"", call("json_reencode_string", "\"\\ud800\\u0041\""));
        assertEquals("\"\\uDE00\\uD83D\"", call("json_reencode_string", "\"\\ude00\\ud83d\""));
    }

    @Test
    void cmpOrdersLikeStringCompareTo() {
        Random r = new Random(13);
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            String a = randomString(r, CHARS, 6);
            String b = r.nextInt(4) == 0 ? randomString(r, CHARS, 6)
                    : a.substring(0, r.nextInt(a.length() + 1)).replaceAll("[\uD800-\uDBFF]$", "") + randomString(r, CHARS, 3);
            cases.add(new String[] {a, b});
        }
        cases.add(new String[] {"😀", "\uFFFD"});
        cases.add(new String[] {"\uE000", "𝄞"});
        cases.add(new String[] {"\uD7FF", "😀"});
        cases.add(new String[] {"a", "a"});
        cases.add(new String[] {"", ""});
        cases.add(new String[] {"ab", "a"});
        cases.add(new String[] {"x".repeat(70) + "é", "x".repeat(70) + "e"});
        lua.check("str_cmp", cases, c -> Integer.toString(Integer.signum(c[0].compareTo(c[1]))));
    }

    @Test
    void lengthCountsUtf16Units() {
        List<String> strings = randomStrings(14, 300, CHARS, 10);
        lua.check("str_length", singles(strings), c -> Integer.toString(c[0].length()));
        assertEquals("2", call("str_length", "😀"));
        assertEquals("0", call("str_length", ""));
    }

    private static String[] codePoints(int... ranges) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ranges.length; i += 2) {
            for (int cp = ranges[i]; cp <= ranges[i + 1]; cp++) {
                if (Character.isDefined(cp)) {
                    out.add(Character.toString(cp));
                }
            }
        }
        return out.toArray(String[]::new);
    }

    @Test
    void upperAndLowerMatchJavaOnCoveredLetters() {
        // Covered: ASCII, Latin-1 letters, Greek U+0386..U+03CE, Cyrillic U+0400..U+045F; ß (Java: SS),
        // ΐ and ΰ (Java: three characters) and Σ (Java: ς at the end of a word) are left out, see the next test.
        String[] upperInput = codePoints(0x20, 0x7E, 0xC0, 0xDE, 0xE0, 0xFF, 0x178, 0x178, 0x386, 0x38F, 0x391, 0x3AF,
                0x3B1, 0x3CE, 0x400, 0x45F);
        String[] lowerInput = Arrays.stream(upperInput).filter(s -> !s.equals("Σ")).toArray(String[]::new);
        List<String> ups = randomStrings(15, 300, upperInput, 8);
        List<String> lows = randomStrings(16, 300, lowerInput, 8);
        lua.check("str_upper", singles(ups), c -> c[0].toUpperCase(Locale.ROOT));
        lua.check("str_lower", singles(lows), c -> c[0].toLowerCase(Locale.ROOT));
        lua.check("str_upper", singles(List.of(upperInput)), c -> c[0].toUpperCase(Locale.ROOT));
        lua.check("str_lower", singles(List.of(lowerInput)), c -> c[0].toLowerCase(Locale.ROOT));
    }

    @Test
    void caseMappingLeavesUncoveredLettersAlone() {
        assertEquals("ß", call("str_upper", "ß"));
        assertEquals("ασ", call("str_lower", "ΑΣ"));
        assertEquals("ΐΰ", call("str_upper", "ΐΰ"));
        assertEquals("µĀā日😀", call("str_upper", "µĀā日😀"));
        assertEquals("µĀā日😀", call("str_lower", "µĀā日😀"));
        assertEquals("×÷", call("str_upper", "×÷"));
        assertEquals("", call("str_upper", ""));
    }

    @Test
    void leftAndRightCountCodePoints() {
        Random r = new Random(17);
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            cases.add(new String[] {randomString(r, CHARS, 8), Integer.toString(r.nextInt(-1, 10))});
        }
        lua.check("str_left", cases, c -> {
            int[] cps = c[0].codePoints().toArray();
            int n = Math.max(0, Math.min(cps.length, Integer.parseInt(c[1])));
            return new String(cps, 0, n);
        });
        lua.check("str_right", cases, c -> {
            int[] cps = c[0].codePoints().toArray();
            int n = Math.max(0, Math.min(cps.length, Integer.parseInt(c[1])));
            return new String(cps, cps.length - n, n);
        });
        assertEquals("a😀", call("str_left", "a😀éb", "2"));
        assertEquals("éb", call("str_right", "a😀éb", "2"));
    }

    private static boolean likeByRegex(String s, String pattern) {
        StringBuilder regex = new StringBuilder();
        pattern.codePoints().forEach(cp -> regex.append(cp == '%' ? ".*" : cp == '_' ? "." : Pattern.quote(Character.toString(cp))));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(s).matches();
    }

    @Test
    void likeMatchesAJavaRegexTranslation() {
        Random r = new Random(18);
        String[] text = {"a", "b", "é", "😀", ".", "\n"};
        String[] pattern = {"a", "b", "é", "😀", ".", "%", "_", "%", "_"};
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            cases.add(new String[] {randomString(r, text, 8), randomString(r, pattern, 6)});
        }
        lua.check("str_like", cases, c -> likeByRegex(c[0], c[1]) ? "1" : "0");
    }

    @Test
    void likeTreatsLuaMagicCharactersLiterally() {
        String magic = "a.b(c)%d+e-f*g?h[i]^j$k\\l";
        assertEquals("1", call("str_like", magic.replace("%", "%%"), magic.replace("%", "%%")));
        String[][] cases = {
            {"(x)", "(x)", "1"}, {"axb", "a.b", "0"}, {"a.b", "a.b", "1"}, {"a", "[ab]", "0"}, {"[ab]", "[ab]", "1"},
            {"a", "^a$", "0"}, {"^a$", "^a$", "1"}, {"aa", "a+", "0"}, {"aaa", "a*", "0"}, {"a", "a?", "0"},
            {"1", "\\d", "0"}, {"\\d", "\\d", "1"}, {"a-b", "a-b", "1"}, {"a(b", "%(%", "1"}, {"%a", "%a", "1"},
            {"x", "%a", "0"}, {"é", "_", "1"}, {"😀", "_", "1"}, {"😀", "__", "0"}, {"é", "__", "0"}, {"", "%", "1"},
            {"", "_", "0"}, {"", "", "1"}, {"a", "", "0"},
        };
        for (String[] c : cases) {
            assertEquals(c[2], call("str_like", c[0], c[1]), c[0] + " LIKE " + c[1]);
        }
    }

    @Test
    void likeIsNotExponentialOnManyPercents() {
        String pattern = "%a%a%a%a%a%a%a%a%a%a%b";
        assertEquals("0", call("str_like", "a".repeat(5000), pattern));
        assertEquals("1", call("str_like", "a".repeat(5000) + "b", pattern));
    }

    @Test
    void startsEndsAndContainsAreLiteral() {
        String[][] cases = {
            {"abc", "", "1", "1", "1"}, {"", "", "1", "1", "1"}, {"", "a", "0", "0", "0"}, {"a.c", ".", "0", "0", "1"},
            {"abc", ".", "0", "0", "0"}, {"x%d", "%d", "0", "1", "1"}, {"(a)", "(a", "1", "0", "1"},
            {"日本語", "本", "0", "0", "1"}, {"日本語", "語", "0", "1", "1"}, {"ab", "abc", "0", "0", "0"},
            {"bc", "abc", "0", "0", "0"}, {"[a]", "[a]", "1", "1", "1"},
        };
        for (String[] c : cases) {
            assertEquals(c[2], call("str_starts", c[0], c[1]), "starts " + c[0] + " " + c[1]);
            assertEquals(c[3], call("str_ends", c[0], c[1]), "ends " + c[0] + " " + c[1]);
            assertEquals(c[4], call("str_contains", c[0], c[1]), "contains " + c[0] + " " + c[1]);
        }
    }
}
