package io.jadis.provider.internal.index;

import io.jadis.provider.internal.engine.RedisAccess;
import io.jadis.provider.internal.query.bind.AttributePath;
import io.jadis.provider.internal.runtime.EntityStore;
import org.redisson.api.RMap;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * The secondary indexes of one entity type. An index is registered in Redis
 * ({@code <prefix>:#indexes}) before it is built, so that from then on every writer — in this
 * process or another — keeps it in the same step as its writes; the documents already stored are
 * then added in the background, and queries use the index only once that is done. An index is the
 * same for every process, whoever asked for it first.
 */
public final class Indexes {
    private static final Logger LOG = LoggerFactory.getLogger(Indexes.class);
    private static final String READY = "ready";
    private static final String BUILDING = "building";

    private final EntityStore store;
    private final RedisAccess redis;
    private final ExecutorService builder;
    private final boolean enabled;
    private final Map<String, IndexSpec> wanted = new ConcurrentHashMap<>();
    private final Set<String> ready = ConcurrentHashMap.newKeySet();

    public Indexes(EntityStore store, RedisAccess redis, ExecutorService builder, boolean enabled) {
        this.store = store;
        this.redis = redis;
        this.builder = builder;
        this.enabled = enabled;
    }

    /** Whether queries may use indexes ({@code jadis.indexes}). */
    public boolean enabled() {
        return enabled;
    }

    /**
     * The index of an attribute, registered (and built in the background) if it is new; {@code null}
     * when indexes are disabled or the attribute's type cannot be indexed.
     */
    public IndexSpec require(AttributePath attribute, boolean upper) {
        if (!enabled) {
            return null;
        }
        IndexSpec spec = IndexSpec.of(attribute, upper);
        if (spec == null) {
            return null;
        }
        IndexSpec known = wanted.putIfAbsent(spec.name(), spec);
        if (known == null) {
            register(spec);
        }
        return spec;
    }

    /** The index of an attribute if this process uses one (without creating it), else {@code null}. */
    public IndexSpec existing(AttributePath attribute, boolean upper) {
        if (!enabled) {
            return null;
        }
        IndexSpec spec = IndexSpec.of(attribute, upper);
        return spec == null ? null : wanted.get(spec.name());
    }

    /** Whether an index holds every document, so that a query may read it. */
    public boolean isReady(IndexSpec spec) {
        return ready.contains(spec.name());
    }

    /**
     * Notes that an index this process thought ready is not registered any more (the database was
     * flushed, another deployment dropped it): queries scan until it is registered and built again.
     */
    public void lost(IndexSpec spec) {
        if (ready.contains(spec.name())) {
            rebuild(spec);
        }
    }

    private synchronized void rebuild(IndexSpec spec) {
        ready.remove(spec.name());
        LOG.info("The index {} of {} is gone; Jadis builds it again", spec.name(), store.model().name());
        register(spec);
    }

    /** Waits until every index this process uses is built; returns whether they all are. */
    public boolean await(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> registered = redis.call(() -> registry().readAllMap(), "list indexes");
        for (IndexSpec spec : wanted.values()) {
            if (!registered.containsKey(spec.name())) {
                rebuild(spec);
            }
        }
        while (!ready.containsAll(wanted.keySet())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** The names of the indexes this process asked for. */
    public Set<String> wanted() {
        return Set.copyOf(wanted.keySet());
    }

    private RMap<String, String> registry() {
        return redis.client().getMap(store.docType().keys().indexes(), StringCodec.INSTANCE);
    }

    private void register(IndexSpec spec) {
        String existing = redis.call(() -> registry().putIfAbsent(spec.name(), spec.registryValue(BUILDING)),
                "register index " + spec.name());
        if (existing != null && existing.equals(spec.registryValue(READY))) {
            ready.add(spec.name());
            return;
        }
        if (existing != null && !existing.startsWith(spec.kind() + "|" + spec.path() + "|")) {
            redis.call(() -> registry().put(spec.name(), spec.registryValue(BUILDING)), "redefine index");
            redis.call(() -> redis.client().getKeys().delete(store.docType().keys().index(spec.name())), "reset index");
            LOG.info("Jadis rebuilds the index {} of {}: its definition changed", spec.name(), store.model().name());
        } else {
            LOG.info("Jadis builds the index {} of {} in the background", spec.name(), store.model().name());
        }
        builder.execute(() -> build(spec));
    }

    private void build(IndexSpec spec) {
        try {
            long indexed = 0;
            String after = null;
            int page = 1000;
            while (true) {
                List<String> ids = store.engine().ids(store.docType(), after, page);
                indexed += store.engine().buildIndex(store.docType(), spec.name(), ids);
                if (ids.size() < page) {
                    break;
                }
                after = ids.get(ids.size() - 1);
            }
            redis.call(() -> registry().replace(spec.name(), spec.registryValue(BUILDING),
                    spec.registryValue(READY)), "finish index " + spec.name());
            ready.add(spec.name());
            LOG.info("Jadis built the index {} of {} ({} entities)", spec.name(), store.model().name(), indexed);
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) {
                LOG.warn("Jadis could not build the index {} of {}; queries scan instead: {}", spec.name(),
                        store.model().name(), e.toString());
            }
        }
    }

    /** Drops the indexes of this type that no repository or annotation asks for any more. */
    public void dropUnused() {
        for (String name : redis.call(() -> registry().readAllKeySet(), "list indexes")) {
            if (!wanted.containsKey(name)) {
                redis.call(() -> {
                    registry().remove(name);
                    return redis.client().getKeys().delete(store.docType().keys().index(name));
                }, "drop index " + name);
                LOG.info("Jadis dropped the index {} of {}: nothing uses it any more", name, store.model().name());
            }
        }
    }
}
