package io.jadis.provider.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

import java.util.Optional;

/** Starts {@code redis/redis-stack-server} when Docker is reachable; otherwise there is none. */
final class RedisStackContainer {
    private RedisStackContainer() {
    }

    static Optional<String> start() {
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return Optional.empty();
            }
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse("redis/redis-stack-server:7.4.0-v3"))
                .withExposedPorts(6379);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "redis-stack-stop"));
        return Optional.of("redis://" + container.getHost() + ":" + container.getMappedPort(6379));
    }
}
