package io.jadis.provider.internal.engine;

import io.jadis.api.JadisException;
import io.jadis.provider.internal.engine.json.NativeEngine;
import io.jadis.provider.internal.engine.portable.PortableEngine;

import org.redisson.api.RScript;
import org.redisson.client.codec.StringCodec;

import java.util.List;

/**
 * Picks the document engine from what the server can do: the native engine where the JSON
 * commands exist, the portable one elsewhere; configuration may force either.
 */
public final class EngineSelector {
    /** What the server offers: its version (redis.REDIS_VERSION exists from 7.0 on) and the JSON commands. */
    private static final String PROBE = "local json = pcall(redis.call, 'JSON.TYPE', KEYS[1])\n"
            + "return {redis.REDIS_VERSION or '', json and 1 or 0}";

    private EngineSelector() {
    }

    /** @param choice {@code auto}, {@code native} or {@code portable} */
    public static DocumentEngine select(RedisAccess redis, String choice) {
        List<Object> probe = redis.call(() -> redis.client().getScript(StringCodec.INSTANCE).eval(
                RScript.Mode.READ_ONLY, PROBE, RScript.ReturnType.LIST, List.of("jadis:#probe")), "the probe script");
        String version = String.valueOf(probe.get(0));
        boolean json = ((Number) probe.get(1)).intValue() == 1;
        if (major(version) < 7) {
            throw new JadisException("Jadis needs Redis 7.0 or later; the server at " + redis.address()
                    + " is " + (version.isEmpty() ? "older" : version));
        }
        return switch (choice) {
            case "native" -> {
                if (!json) {
                    throw new JadisException("jadis.engine=native, but the server at " + redis.address()
                            + " (Redis " + version + ") has no JSON commands; use jadis.engine=portable or auto");
                }
                yield new NativeEngine(redis);
            }
            case "portable" -> new PortableEngine(redis);
            case "auto" -> json ? new NativeEngine(redis) : new PortableEngine(redis);
            default -> throw new IllegalArgumentException("jadis.engine must be auto, native or portable, not "
                    + choice);
        };
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version.substring(0, version.indexOf('.')));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
