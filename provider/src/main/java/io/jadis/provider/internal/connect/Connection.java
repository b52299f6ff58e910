package io.jadis.provider.internal.connect;

import jakarta.data.exceptions.DataConnectionException;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.redisson.config.SingleServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The Redisson client Jadis talks through, and the embedded server behind it when Jadis started
 * one. Closing it closes only what Jadis opened: an application's own client stays open.
 */
public final class Connection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

    private final RedissonClient client;
    private final String address;
    private final boolean owned;
    private final EmbeddedRedis embedded;

    private Connection(RedissonClient client, String address, boolean owned, EmbeddedRedis embedded) {
        this.client = client;
        this.address = address;
        this.owned = owned;
        this.embedded = embedded;
    }

    /** Uses a client the application made and keeps open. */
    public static Connection of(RedissonClient client) {
        return new Connection(client, describe(client), false, null);
    }

    /** Connects to the server at a URL. */
    public static Connection open(RedisUrl url, Duration timeout, Duration connectTimeout, Duration lockLease) {
        return new Connection(connect(url, timeout, connectTimeout, lockLease), url.toString(), true, null);
    }

    /** Starts the embedded server and connects to it. */
    public static Connection embedded(Duration timeout, Duration connectTimeout, Duration lockLease) {
        EmbeddedRedis server = EmbeddedRedis.start();
        LOG.warn("No Redis URL configured: Jadis started an embedded Redis {} at {}. It keeps nothing on disk"
                + " and is meant for development and tests; set jadis.url (or JADIS_URL) for a real server.",
                redis.embedded.RedisExecProvider.redisVersion, server.url());
        try {
            RedisUrl url = RedisUrl.parse(server.url());
            return new Connection(connect(url, timeout, connectTimeout, lockLease), url.toString(), true, server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static RedissonClient connect(RedisUrl url, Duration timeout, Duration connectTimeout,
                                          Duration lockLease) {
        Config config = new Config();
        config.setLockWatchdogTimeout(lockLease.toMillis());
        // Jadis stores no Redisson objects inside others; checking every argument for one costs
        // a reflective look-up per argument on the hot path.
        config.setReferenceEnabled(false);
        SingleServerConfig server = config.useSingleServer()
                .setAddress(url.address())
                .setDatabase(url.database())
                .setTimeout((int) timeout.toMillis())
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setConnectionMinimumIdleSize(2);
        if (url.password() != null) {
            server.setPassword(url.password());
        }
        if (url.user() != null) {
            server.setUsername(url.user());
        }
        try {
            return Redisson.create(config);
        } catch (RuntimeException e) {
            throw new DataConnectionException("Cannot connect to Redis at " + url + " within "
                    + connectTimeout.toMillis() + " ms: " + e.getMessage(), e);
        }
    }

    private static String describe(RedissonClient client) {
        try {
            if (client.getConfig().isSingleConfig()) {
                return client.getConfig().useSingleServer().getAddress();
            }
        } catch (RuntimeException ignored) {
            // Describing the client is best effort; the address only decorates messages.
        }
        return "the application's Redisson client";
    }

    public RedissonClient client() {
        return client;
    }

    public String address() {
        return address;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        try {
            if (owned) {
                client.shutdown();
            }
        } finally {
            if (embedded != null) {
                embedded.close();
                LOG.info("Jadis stopped the embedded Redis at {}", address);
            }
        }
    }
}
