package io.jadis.benchmarks.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import java.io.UncheckedIOException;
import java.util.List;

/** Plain Redis: {@code SET}/{@code GET} of the entity's JSON text. */
final class StringBuckets implements RawRedisson {
    private final RedissonClient client;
    private final ObjectMapper mapper;

    StringBuckets(RedissonClient client, ObjectMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public void save(Item item) {
        client.<String>getBucket(KEY_PREFIX + item.id, StringCodec.INSTANCE).set(json(item));
    }

    @Override
    public Item find(String id) {
        String json = client.<String>getBucket(KEY_PREFIX + id, StringCodec.INSTANCE).get();
        try {
            return json == null ? null : mapper.readValue(json, Item.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void saveAll(List<Item> items) {
        RBatch batch = client.createBatch();
        for (Item item : items) {
            batch.<String>getBucket(KEY_PREFIX + item.id, StringCodec.INSTANCE).setAsync(json(item));
        }
        batch.execute();
    }

    private String json(Item item) {
        try {
            return mapper.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
