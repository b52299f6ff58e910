package io.jadis.benchmarks.scenarios;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jadis.provider.Jadis;

import java.util.List;

/**
 * The baseline: Redisson doing by hand what Jadis does, with the same entity and Jackson, on the
 * same server and client, and storing documents the way the engine Jadis picked can: a JSON string
 * on plain Redis, a {@code JSON.SET} document where the server has RedisJSON.
 */
public interface RawRedisson {
    String KEY_PREFIX = "jadis-bench:redisson:item:";
    ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS) // as Jadis writes them
            .build();

    void save(Item item);

    Item find(String id);

    /** One pipelined batch for all of them. */
    void saveAll(List<Item> items);

    /** Adds one to the numeric attribute of the stored item in one server step; returns the new value. */
    long increment(String id, String attribute);

    static RawRedisson like(Jadis jadis) {
        return "native".equals(jadis.engine())
                ? new JsonBuckets(jadis.redisson(), MAPPER)
                : new StringBuckets(jadis.redisson());
    }
}
