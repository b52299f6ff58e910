package io.jadis.provider.internal.connect;

import io.jadis.api.JadisException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The statically linked {@code redis-server} shipped in {@code org.signal:embedded-redis}, started on
 * a free loopback port with nothing persisted: the zero-install default for development, examples
 * and tests.
 */
public final class EmbeddedRedis implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final int ATTEMPTS = 5;

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedRedis start() {
        JadisException failure = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = freePort();
            RedisServer server = RedisServer.builder()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            try {
                server.start();
                return new EmbeddedRedis(server, port);
            } catch (RuntimeException e) {
                // Another process may have taken the port between our probe and the start.
                failure = new JadisException("Cannot start the embedded Redis server: " + e.getMessage(), e);
            }
        }
        throw failure;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the embedded Redis server at {} failed: {}", url(), e.toString());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new JadisException("Cannot find a free port for the embedded Redis server", e);
        }
    }
}
