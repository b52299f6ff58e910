package io.jadis.provider.testing;

import io.jadis.provider.internal.connect.EmbeddedRedis;
import io.jadis.provider.internal.connect.RedisUrl;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Redis servers tests run against, one of each per JVM:
 * <ul>
 *   <li>the embedded server (plain Redis 7, portable engine), started on first use;</li>
 *   <li>a server with the JSON commands for the native engine: the URL in
 *       {@code JADIS_TEST_JSON_URL}, else a {@code redis/redis-stack-server} container when
 *       Docker is available, else none (native-engine tests are then skipped).</li>
 * </ul>
 */
public final class TestRedis {
    private static EmbeddedRedis embedded;
    private static Optional<String> json;

    private TestRedis() {
    }

    /** The URL of the embedded plain Redis shared by the tests of this JVM. */
    public static synchronized String plainUrl() {
        if (embedded == null) {
            embedded = EmbeddedRedis.start();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-redis-stop"));
        }
        return embedded.url();
    }

    /** The URL of a server with the JSON commands, if one is configured or can be started. */
    public static synchronized Optional<String> jsonUrl() {
        if (json == null) {
            String configured = System.getenv("JADIS_TEST_JSON_URL");
            json = configured != null && !configured.isBlank() ? Optional.of(configured) : RedisStackContainer.start();
        }
        return json;
    }

    /**
     * Sends one inline command on a connection of its own, as an operator would with redis-cli, and
     * returns the first line of the reply: for commands a script may not run (CLIENT, FUNCTION).
     */
    public static String command(String url, String inline) {
        RedisUrl u = RedisUrl.parse(url);
        try (Socket s = new Socket(u.host(), u.port())) {
            s.getOutputStream().write((inline + "\r\n").getBytes(StandardCharsets.UTF_8));
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Redisson client for a test's own checks (raw commands, counters); close it after use. */
    public static RedissonClient client(String url) {
        Config config = new Config();
        config.useSingleServer().setAddress(url);
        return Redisson.create(config);
    }
}
