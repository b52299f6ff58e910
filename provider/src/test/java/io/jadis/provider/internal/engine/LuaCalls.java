package io.jadis.provider.internal.engine;

import io.jadis.provider.testing.TestRedis;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs functions of the shared Lua libraries (num.lua, then text.lua) on the embedded Redis: a
 * dispatcher body calls the function named by ARGV[1] on each group of arguments and returns one
 * string per call. Lua results are shown as strings: nil as {@code <nil>}, booleans as 1/0, numbers
 * with %.17g, tables as their items joined by {@link #ITEMS}, several results joined by {@link #MULTI}.
 */
final class LuaCalls implements AutoCloseable {
    static final String MULTI = "\u001e";
    static final String ITEMS = "\u001f";
    static final String NIL = "<nil>";

    private static final String DISPATCH = """
            local function jt_show(v)
              if v == nil then return '<nil>' end
              if v == true then return '1' end
              if v == false then return '0' end
              if type(v) == 'number' then return string.format('%.17g', v) end
              if type(v) == 'table' then
                local t = {}
                for k = 1, #v do t[k] = jt_show(v[k]) end
                return table.concat(t, string.char(31))
              end
              return v
            end
            local function jt_pack(...)
              local out = {}
              for k = 1, select('#', ...) do out[k] = jt_show((select(k, ...))) end
              return table.concat(out, string.char(30))
            end
            local function jt_texts(s, starts, stops)
              local t = {}
              for k = 1, #starts do t[k] = s:sub(starts[k], stops[k]) end
              return t
            end
            local d = num_double
            local jt_ops = {
              num_add = num_add, num_sub = num_sub, num_mul = num_mul, num_cmp = num_cmp,
              num_neg = num_neg, num_abs = num_abs, num_is_integer = num_is_integer,
              num_in_range = num_in_range, num_fits = num_fits, num_div_int = num_div_int,
              num_double = num_double, prog_arith = prog_arith,
              num_add_fits = function(a, b, kind) return num_fits(num_add(a, b), kind) end,
              num_mul_fits = function(a, b, kind) return num_fits(num_mul(a, b), kind) end,
              num_format_double = function(a) return num_format_double(d(a)) end,
              num_format_double_sum = function(a, b) return num_format_double(d(a) + d(b)) end,
              num_double_ops = function(a, b)
                local x, y = d(a), d(b)
                return num_format_double(x + y), num_format_double(x - y),
                  num_format_double(x * y), num_format_double(x / y)
              end,
              json_value_end = function(s, i) return json_value_end(s, tonumber(i)) end,
              json_type = json_type,
              json_member = json_member,
              json_member_text = function(o, k)
                local a, b = json_member(o, k)
                return a and o:sub(a, b)
              end,
              json_set_member = json_set_member,
              json_remove_member = json_remove_member,
              json_elements = json_elements,
              json_element_count = function(a) return #json_elements(a) end,
              json_element_texts = function(a) return jt_texts(a, json_elements(a)) end,
              json_element = function(a, n) return json_element(a, tonumber(n)) end,
              json_element_text = function(a, n)
                local s, e = json_element(a, tonumber(n))
                return s and a:sub(s, e)
              end,
              json_decode_string = json_decode_string,
              json_encode_string = json_encode_string,
              json_reencode_string = function(lit) return json_encode_string(json_decode_string(lit)) end,
              str_cmp = str_cmp, str_length = str_length, str_upper = str_upper, str_lower = str_lower,
              str_left = function(s, n) return str_left(s, tonumber(n)) end,
              str_right = function(s, n) return str_right(s, tonumber(n)) end,
              str_like = str_like, str_starts = str_starts, str_ends = str_ends, str_contains = str_contains,
            }
            local f, arity, results = jt_ops[ARGV[1]], tonumber(ARGV[2]), {}
            if not f then return redis.error_reply('unknown op ' .. ARGV[1]) end
            for i = 3, #ARGV, arity do
              local ok, r = pcall(function() return jt_pack(f(unpack(ARGV, i, i + arity - 1))) end)
              results[#results + 1] = ok and r or 'error: ' .. tostring(r)
            end
            return results
            """;

    private final RedissonClient client;
    private final String source;

    LuaCalls() {
        client = TestRedis.client(TestRedis.plainUrl());
        source = source("shared/num.lua", "shared/text.lua", "shared/program.lua") + DISPATCH;
    }

    /** The Lua resources of the engines, joined, to run with EVAL. */
    static String source(String... resources) {
        StringBuilder sb = new StringBuilder();
        for (String resource : resources) {
            try (var in = DocumentEngine.class.getResourceAsStream(resource)) {
                sb.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return sb.toString();
    }

    /** One call of op. */
    String call(String op, String... args) {
        return batch(op, List.<String[]>of(args)).get(0);
    }

    /** op on each case (all of the same arity, at least 1) in a single EVAL; one result per case. */
    List<String> batch(String op, List<String[]> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        int arity = cases.get(0).length;
        List<Object> args = new ArrayList<>();
        args.add(op);
        args.add(String.valueOf(arity));
        for (String[] c : cases) {
            if (c.length != arity) {
                throw new IllegalArgumentException("arity " + c.length + " != " + arity);
            }
            Collections.addAll(args, (Object[]) c);
        }
        List<Object> out = run(source, args.toArray());
        return out.stream().map(String.class::cast).toList();
    }

    /** Runs op on every case and compares each result with expected(case). */
    void check(String op, List<String[]> cases, Function<String[], String> expected) {
        List<String> got = batch(op, cases);
        for (int i = 0; i < cases.size(); i++) {
            String[] c = cases.get(i);
            assertEquals(expected.apply(c), got.get(i), () -> op + Arrays.toString(c));
        }
    }

    /** Runs arbitrary Lua (no keys) and returns its reply as a list. */
    List<Object> run(String lua, Object... args) {
        return client.getScript(StringCodec.INSTANCE)
                .eval(RScript.Mode.READ_ONLY, lua, RScript.ReturnType.LIST, List.of(), args);
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
