package io.jadis.benchmarks.scenarios;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.codec.JacksonCodec;

import java.util.List;

/** RedisJSON: {@code JSON.SET}/{@code JSON.GET} of the entity, Jackson-encoded by Redisson. */
final class JsonBuckets implements RawRedisson {
    private final RedissonClient client;
    private final JacksonCodec<Item> codec;

    JsonBuckets(RedissonClient client, ObjectMapper mapper) {
        this.client = client;
        this.codec = new JacksonCodec<>(mapper, Item.class);
    }

    @Override
    public void save(Item item) {
        client.<Item>getJsonBucket(KEY_PREFIX + item.id, codec).set(item);
    }

    @Override
    public Item find(String id) {
        return client.<Item>getJsonBucket(KEY_PREFIX + id, codec).get();
    }

    @Override
    public long increment(String id, String attribute) {
        // A legacy path (".stock"): with a JSONPath ("$.stock") JSON.NUMINCRBY replies with an array of
        // results, "[1]", which Redisson cannot read as the number it returns.
        return client.<Item>getJsonBucket(KEY_PREFIX + id, codec).incrementAndGet("." + attribute, 1L);
    }

    @Override
    public void saveAll(List<Item> items) {
        RBatch batch = client.createBatch();
        for (Item item : items) {
            batch.<Item>getJsonBucket(KEY_PREFIX + item.id, codec).setAsync(item);
        }
        batch.execute();
    }
}
