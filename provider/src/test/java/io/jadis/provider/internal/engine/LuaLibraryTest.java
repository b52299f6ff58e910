package io.jadis.provider.internal.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared Lua libraries as a whole: they load alone or together on a real Redis, define only
 * prefixed locals, and scan large JSON without hitting Lua limits. Function-level checks are in
 * {@link LuaNumTest} and {@link LuaTextTest}.
 */
class LuaLibraryTest {
    private static LuaCalls lua;

    @BeforeAll
    static void start() {
        lua = new LuaCalls();
    }

    @AfterAll
    static void stop() {
        lua.close();
    }

    private static String library(String name) {
        return LuaCalls.source("shared/" + name);
    }

    @Test
    void eachLibraryRunsWithoutTheOther() {
        assertEquals(List.of("3.5", "-1"),
                lua.run(library("num.lua") + "return {num_add(ARGV[1], ARGV[2]), tostring(num_cmp(ARGV[1], ARGV[2]))}", "1.5", "2"));
        assertEquals(List.of("object", "{\"a\":2}"),
                lua.run(library("text.lua") + "return {json_type(ARGV[1]), json_set_member(ARGV[1], 'a', '2')}", "{\"a\":1}"));
    }

    @Test
    void librariesDefineOnlyPrefixedLocalsAndUseNoModules() {
        Pattern function = Pattern.compile("^(local\\s+)?function\\s+([\\w.:]+)", Pattern.MULTILINE);
        Pattern variable = Pattern.compile("^local\\s+(\\w+)\\s*=", Pattern.MULTILINE);
        for (String[] lib : new String[][] {{"num.lua", "num_"}, {"text.lua", "json_", "str_"}}) {
            String source = library(lib[0]);
            List<String> names = new ArrayList<>();
            Matcher m = function.matcher(source);
            while (m.find()) {
                assertTrue(m.group(1) != null, lib[0] + ": global function " + m.group(2));
                names.add(m.group(2));
            }
            m = variable.matcher(source);
            while (m.find()) {
                names.add(m.group(1));
            }
            assertFalse(names.isEmpty(), lib[0]);
            for (String name : names) {
                boolean prefixed = name.startsWith(lib[1]) || (lib.length > 2 && name.startsWith(lib[2]));
                assertTrue(prefixed, lib[0] + ": " + name);
            }
            for (String banned : new String[] {"require", "cjson", "cmsgpack", "bit.", "_G", "setfenv"}) {
                assertFalse(source.contains(banned), lib[0] + " uses " + banned);
            }
        }
    }

    /** The code each engine loads, as ScriptedEngine assembles it. */
    private static Map<String, String> assembledLibraries() {
        return Map.of(
                "portable", ScriptedEngine.library("portable", "portable/lib.lua", "portable/doc.lua", "portable/get.lua")
                        .code(),
                "native", ScriptedEngine.library("native", "json/lib.lua", "json/doc.lua", "json/get.lua").code());
    }

    @Test
    void theAssembledLibrariesStayWellBelowLuasLimitOfTwoHundredLocals() {
        // Lua 5.1 allows 200 locals per function, and the library is one chunk: every top-level
        // local of every module counts. Past the limit FUNCTION LOAD fails on the server.
        Pattern topLevel = Pattern.compile("^local\\s+(?:function\\s+)?([\\w\\s,]+?)\\s*(?:=|\\(|$)", Pattern.MULTILINE);
        assembledLibraries().forEach((engine, code) -> {
            // Entry points are registered as one local function each; what their bodies declare is theirs.
            int entries = code.indexOf("local function entry_");
            int locals = code.split("local function entry_", -1).length - 1;
            Matcher m = topLevel.matcher(code.substring(0, entries));
            while (m.find()) {
                locals += m.group(1).split(",").length;
            }
            assertTrue(locals > 100, engine + ": the count missed the library's locals (" + locals + ")");
            assertTrue(locals <= 180, engine + " declares " + locals + " top-level locals; keep 20 below Lua's 200");
        });
    }

    @Test
    void everyFunctionTheLibrariesCallIsDefinedInThem() {
        Set<String> lua = Set.of("if", "elseif", "while", "until", "return", "and", "or", "not", "function", "local",
                "type", "tonumber", "tostring", "pairs", "ipairs", "unpack", "select", "error", "pcall", "assert",
                "next", "rawget", "rawset", "rawequal", "setmetatable", "getmetatable");
        Pattern call = Pattern.compile("(?<![.:\\w])([A-Za-z_]\\w*)\\s*\\(");
        Pattern defined = Pattern.compile("(?:function\\s+([A-Za-z_]\\w*)|local\\s+([A-Za-z_][\\w\\s,]*?)\\s*=)");
        Pattern parameters = Pattern.compile("function\\s*[\\w.:]*\\s*\\(([^)]*)\\)");
        assembledLibraries().forEach((engine, code) -> {
            String source = code.replaceAll("--[^\\n]*", "").replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''")
                    .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
            Set<String> names = new java.util.HashSet<>(lua);
            Matcher m = defined.matcher(source);
            while (m.find()) {
                for (String name : (m.group(1) != null ? m.group(1) : m.group(2)).split(",")) {
                    names.add(name.trim());
                }
            }
            m = parameters.matcher(source);
            while (m.find()) {
                for (String name : m.group(1).split(",")) {
                    names.add(name.trim());
                }
            }
            Set<String> undefined = new java.util.TreeSet<>();
            m = call.matcher(source);
            while (m.find()) {
                if (!names.contains(m.group(1))) {
                    undefined.add(m.group(1));
                }
            }
            assertEquals(Set.of(), undefined, engine + ": calls of functions it does not define");
        });
    }

    @Test
    void valueEndHandlesAHundredKilobyteArray() throws Exception {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            items.add(switch (i % 3) {
                case 0 -> "q\"[{}]\\ " + i;
                case 1 -> List.of(i, "]", Map.of("k", "}"));
                default -> Map.of("a\"b", List.of(true, "日本", -1.5e-7));
            });
        }
        String big = new ObjectMapper().writeValueAsString(items);
        int size = big.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(size > 100_000, "size " + size);
        assertEquals(Integer.toString(size + 1), lua.call("json_value_end", big, "1"));
        assertEquals("6000", lua.call("json_element_count", big));
        assertEquals("\"q\\\"[{}]\\\\ 2997\"", lua.call("json_element_text", big, "2998"));

        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        assertEquals("100001", lua.call("json_value_end", deep, "1"));
        assertEquals("1", lua.call("json_element_count", deep));
    }
}
