package io.jadis.benchmarks.scenarios;

import io.lettuce.core.RedisURI;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisKeyValueAdapter;
import org.springframework.data.redis.core.RedisKeyValueTemplate;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.mapping.RedisMappingContext;
import org.springframework.data.redis.repository.support.RedisRepositoryFactory;
import org.springframework.data.repository.CrudRepository;

/**
 * Spring Data Redis as a Spring user without Spring Boot wires it: Lettuce, a {@code RedisTemplate}
 * and a repository of {@code @RedisHash} {@link Item}s, on the server of {@code -Djadis.url}, which
 * the harness gives every fork. Only the benchmarks that take this state open it.
 */
@State(Scope.Benchmark)
public class SpringData {
    public interface ItemRepository extends CrudRepository<Item, String> {
    }

    public ItemRepository items;
    private LettuceConnectionFactory connections;

    @Setup(Level.Trial)
    public void open() {
        RedisURI uri = RedisURI.create(Server.fromEnvironment().url());
        connections = new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(uri),
                LettuceClientConfiguration.builder().apply(uri).build());
        connections.afterPropertiesSet();
        RedisTemplate<byte[], byte[]> template = new RedisTemplate<>();
        template.setConnectionFactory(connections);
        template.afterPropertiesSet();
        RedisMappingContext mapping = new RedisMappingContext();
        // Keyspace events stay at the adapter's default, OFF: then it needs no listener container, so
        // the lifecycle calls a Spring context would add (afterPropertiesSet, start) change nothing.
        RedisKeyValueAdapter adapter = new RedisKeyValueAdapter(template, mapping);
        items = new RedisRepositoryFactory(new RedisKeyValueTemplate(adapter, mapping)).getRepository(ItemRepository.class);
    }

    @TearDown(Level.Trial)
    public void close() {
        connections.destroy();
    }
}
