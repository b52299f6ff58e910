package io.jadis.provider.internal.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
