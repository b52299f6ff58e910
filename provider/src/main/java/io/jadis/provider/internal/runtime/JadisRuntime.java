package io.jadis.provider.internal.runtime;

import io.jadis.api.JadisException;
import io.jadis.provider.internal.connect.Connection;
import io.jadis.provider.internal.connect.RedisUrl;
import io.jadis.provider.internal.engine.DocType;
import io.jadis.provider.internal.engine.DocumentEngine;
import io.jadis.provider.internal.engine.EngineSelector;
import io.jadis.provider.internal.engine.RedisAccess;
import io.jadis.provider.internal.json.JsonMapping;
import io.jadis.provider.internal.lock.LockSet;
import io.jadis.provider.internal.lock.LockingEngine;
import io.jadis.provider.internal.lock.Turns;
import io.jadis.provider.internal.model.EntityModel;
import io.jadis.provider.internal.model.EntityModels;
import io.jadis.provider.internal.tx.TransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.jadis.provider.internal.index.Indexes;
import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.model.ClassModel;
import io.jadis.provider.internal.query.bind.AttributePath;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/** The running parts of one Jadis instance, shared by its repositories. */
public final class JadisRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JadisRuntime.class);

    private final Settings settings;
    private final Connection connection;
    private final RedisAccess redis;
    private final DocumentEngine engine;
    private final Turns turns = new Turns();
    private final EntityModels models = new EntityModels();
    private final JsonMapping json;
    private final Map<Class<?>, EntityStore> stores = new ConcurrentHashMap<>();
    private final TransactionManager transactions = new TransactionManager(this);
    private final ExecutorService indexBuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jadis-index-builder");
        t.setDaemon(true);
        return t;
    });

    public JadisRuntime(Settings settings) {
        this.settings = settings;
        this.connection = connect(settings);
        try {
            this.redis = new RedisAccess(connection.client(), connection.address());
            this.engine = new LockingEngine(EngineSelector.select(redis, settings.engine()), redis, turns,
                    settings.lockWait());
            this.json = new JsonMapping(models, settings.mapper());
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        LOG.info("Jadis uses the {} engine on Redis at {}", engine.name(), connection.address());
    }

    private static Connection connect(Settings settings) {
        if (settings.client() != null) {
            return Connection.of(settings.client());
        }
        if (settings.url() != null) {
            return Connection.open(RedisUrl.parse(settings.url()), settings.timeout(), settings.connectTimeout(),
                    settings.lockLease());
        }
        if (!settings.embedded()) {
            throw new JadisException("No Redis configured: set jadis.url (or JADIS_URL), or allow the embedded"
                    + " development server with jadis.embedded=true");
        }
        return Connection.embedded(settings.timeout(), settings.connectTimeout(), settings.lockLease());
    }

    public Settings settings() {
        return settings;
    }

    public Connection connection() {
        return connection;
    }

    public RedisAccess redis() {
        return redis;
    }

    public DocumentEngine engine() {
        return engine;
    }

    /** A new, empty set of entity locks for the calling thread, timing out with {@code timeoutMessage}. */
    public LockSet lockSet(Duration wait, BiFunction<String, Duration, String> timeoutMessage) {
        return new LockSet(redis, turns, wait, timeoutMessage);
    }

    public EntityModels models() {
        return models;
    }

    public JsonMapping json() {
        return json;
    }

    public TransactionManager transactions() {
        return transactions;
    }

    /** The store of an entity class, whose model is read (and validated) on first use. */
    public EntityStore store(Class<?> entityClass) {
        EntityStore store = stores.get(entityClass);
        return store != null ? store : stores.computeIfAbsent(entityClass, this::newStore);
    }

    private EntityStore newStore(Class<?> entityClass) {
        EntityModel model = models.of(entityClass);
        EntityStore store = new EntityStore(model, json.codec(model), DocType.of(model, settings.namespace()), engine,
                settings.fetchSize(), transactions::session);
        store.indexes(new Indexes(store, redis, indexBuilder, settings.indexes()));
        for (AttributePath path : annotatedIndexes(model, new ArrayList<>())) {
            store.indexes().require(path, false);
            if (Boolean.TRUE.equals(path.leaf().indexed())) {
                store.indexes().require(path, true);
            }
        }
        return store;
    }

    /** The attribute paths annotated {@code @Indexed}, through embedded objects. */
    private static List<AttributePath> annotatedIndexes(ClassModel model, List<Attribute> prefix) {
        List<AttributePath> out = new ArrayList<>();
        for (Attribute a : model.attributes()) {
            List<Attribute> chain = new ArrayList<>(prefix);
            chain.add(a);
            if (a.indexed() != null) {
                out.add(new AttributePath(chain));
            }
            if (a.embedded() != null) {
                out.addAll(annotatedIndexes(a.embedded(), chain));
            }
        }
        return out;
    }

    public boolean awaitIndexes(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (EntityStore store : stores.values()) {
            long left = deadline - System.nanoTime();
            if (!store.indexes().await(java.time.Duration.ofNanos(Math.max(0, left)))) {
                return false;
            }
        }
        return true;
    }

    public void dropUnusedIndexes() {
        for (EntityStore store : stores.values()) {
            store.indexes().dropUnused();
        }
    }

    @Override
    public void close() {
        indexBuilder.shutdownNow();
        connection.close();
    }
}
