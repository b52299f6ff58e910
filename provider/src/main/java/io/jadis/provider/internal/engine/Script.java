package io.jadis.provider.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A Lua script of Jadis, read once from the classpath. Redisson sends it with EVALSHA and loads it
 * again when the server answers NOSCRIPT (after a restart or SCRIPT FLUSH).
 *
 * @param name   the resource name, for error messages
 * @param source the Lua text, libraries first
 */
public record Script(String name, String source) {

    /**
     * Reads {@code resources} (relative to {@code anchor}'s package) and joins them: shared
     * functions first, the script's body last.
     */
    public static Script load(Class<?> anchor, String... resources) {
        StringBuilder sb = new StringBuilder();
        for (String resource : resources) {
            sb.append(read(anchor, resource)).append('\n');
        }
        return new Script(resources[resources.length - 1], sb.toString());
    }

    private static String read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing script " + resource + " next to " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
