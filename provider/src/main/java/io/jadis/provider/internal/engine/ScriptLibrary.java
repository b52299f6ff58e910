package io.jadis.provider.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Lua of one document engine as a Redis function library: the shared functions once, then every
 * entry point registered as a Redis function. The server compiles the library once (FUNCTION LOAD),
 * so a call pays for its own work only; sent with EVAL, each call would first define the hundreds
 * of shared functions again.
 *
 * <p>The library name carries a digest of the code, so two Jadis versions on one server never call
 * each other's functions. Each entry point is registered twice: as {@code <name>}, whose last
 * argument is the caller's lock owner name ({@link RedisAccess#write}), and, flagged
 * {@code no-writes} for FCALL_RO, as {@code <name>_ro}.
 */
public final class ScriptLibrary {
    private final String name;
    private final String code;

    private ScriptLibrary(String name, String code) {
        this.name = name;
        this.code = code;
    }

    /** The library's name on the server: {@code jadis_<engine>_<digest>}. */
    public String name() {
        return name;
    }

    /** The code to load, without the {@code #!lua} line. */
    public String code() {
        return code;
    }

    /** The entry point {@code entry}. */
    public Script script(String entry) {
        return new Script(this, name + "_" + entry);
    }

    /**
     * Starts a library for {@code engine} from Lua resources next to {@code anchor}: the shared
     * functions in order, and then each entry point's body.
     */
    public static Builder builder(Class<?> anchor, String engine) {
        return new Builder(anchor, engine);
    }

    public static final class Builder {
        private final Class<?> anchor;
        private final String engine;
        private final StringBuilder shared = new StringBuilder();
        private final Map<String, String> entries = new LinkedHashMap<>();

        private Builder(Class<?> anchor, String engine) {
            this.anchor = anchor;
            this.engine = engine;
        }

        /** Adds shared functions; later resources and every entry point see them. */
        public Builder shared(String... resources) {
            for (String resource : resources) {
                shared.append(read(anchor, resource)).append('\n');
            }
            return this;
        }

        /** Adds an entry point whose body (a script reading KEYS and ARGV) is {@code resource}. */
        public Builder entry(String entry, String resource) {
            entries.put(entry, read(anchor, resource));
            return this;
        }

        public ScriptLibrary build() {
            // KEYS and ARGV are library-wide locals that every call assigns first: the shared
            // functions read them as they would in a script sent with EVAL. So is the caller's lock
            // owner name, which write functions get as their last argument.
            StringBuilder body = new StringBuilder("local KEYS, ARGV, lock_owner\n").append(shared);
            for (Map.Entry<String, String> e : entries.entrySet()) {
                body.append("local function entry_").append(e.getKey()).append("()\n")
                        .append(e.getValue()).append("\nend\n");
            }
            String digest = digest(body.toString());
            String library = "jadis_" + engine + "_" + digest;
            for (String entry : entries.keySet()) {
                String function = library + "_" + entry;
                body.append("redis.register_function{function_name = '").append(function)
                        .append("', callback = ").append(callback(entry, true)).append("}\n");
                body.append("redis.register_function{function_name = '").append(function)
                        .append("_ro', callback = ").append(callback(entry, false))
                        .append(", flags = {'no-writes'}}\n");
            }
            return new ScriptLibrary(library, body.toString());
        }
    }

    private static String callback(String entry, boolean writes) {
        return "function(keys, args) jadis_enter(keys, args, " + writes + ") return entry_" + entry + "() end";
    }

    private static String digest(String code) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
