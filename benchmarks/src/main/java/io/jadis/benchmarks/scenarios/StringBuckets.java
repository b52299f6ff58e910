package io.jadis.benchmarks.scenarios;

import org.redisson.api.RBatch;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import java.util.List;

/** Plain Redis: {@code SET}/{@code GET} of the entity's JSON text. */
final class StringBuckets implements RawRedisson {
    // What a hand-written script does on plain Redis. cjson is lossy (14 significant digits, an empty
    // array comes back as an object), which is why Jadis never lets it touch a document; here it only
    // stands for the cost of the usual way.
    private static final String INCREMENT = """
            local doc = cjson.decode(redis.call('GET', KEYS[1]))
            doc[ARGV[1]] = doc[ARGV[1]] + 1
            redis.call('SET', KEYS[1], cjson.encode(doc))
            return doc[ARGV[1]]""";
    private final RedissonClient client;
    private final String increment;

    StringBuckets(RedissonClient client) {
        this.client = client;
        this.increment = client.getScript(StringCodec.INSTANCE).scriptLoad(INCREMENT);
    }

    @Override
    public void save(Item item) {
        client.<String>getBucket(KEY_PREFIX + item.id, StringCodec.INSTANCE).set(Json.write(item));
    }

    @Override
    public Item find(String id) {
        return Json.read(client.<String>getBucket(KEY_PREFIX + id, StringCodec.INSTANCE).get(), Item.class);
    }

    @Override
    public long increment(String id, String attribute) {
        return client.getScript(StringCodec.INSTANCE).<Long>evalSha(RScript.Mode.READ_WRITE, increment,
                RScript.ReturnType.LONG, List.of(KEY_PREFIX + id), attribute);
    }

    @Override
    public void saveAll(List<Item> items) {
        RBatch batch = client.createBatch();
        for (Item item : items) {
            batch.<String>getBucket(KEY_PREFIX + item.id, StringCodec.INSTANCE).setAsync(Json.write(item));
        }
        batch.execute();
    }
}
