package io.jadis.provider.internal.runtime;

import io.jadis.api.EntityLock;
import io.jadis.api.EntityLocks;
import io.jadis.provider.internal.lock.LockSet;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity locks on Redisson {@code RLock}s at {@code <prefix>:#lock:<id>}, acquired in the order of
 * their keys so that any two callers take common locks in the same order. Every Jadis write by
 * another owner waits while they are held (see {@link io.jadis.provider.internal.lock.LockingEngine}).
 */
public final class LockManager implements EntityLocks {
    private final JadisRuntime runtime;

    public LockManager(JadisRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public EntityLock lock(Class<?> entityClass, Object... ids) {
        return lock(runtime.settings().lockWait(), entityClass, ids);
    }

    @Override
    public EntityLock lockAll(Class<?> entityClass, Collection<?> ids) {
        return lock(runtime.settings().lockWait(), entityClass, ids.toArray());
    }

    @Override
    public EntityLock lockEntities(Object... entities) {
        TreeMap<String, String> keys = new TreeMap<>();
        for (Object entity : entities) {
            if (entity == null) {
                throw new NullPointerException("Cannot lock a null entity");
            }
            EntityStore store = runtime.store(entity.getClass());
            add(keys, store, store.model().idOf(entity));
        }
        return acquire(keys, runtime.settings().lockWait());
    }

    @Override
    public EntityLock lock(Duration wait, Class<?> entityClass, Object... ids) {
        EntityStore store = runtime.store(entityClass);
        TreeMap<String, String> keys = new TreeMap<>();
        for (Object id : ids) {
            add(keys, store, id);
        }
        return acquire(keys, wait);
    }

    private static void add(Map<String, String> keys, EntityStore store, Object id) {
        keys.put(store.docType().keys().lock(store.encodeId(id)), store.model().name() + " with id " + id);
    }

    /** Locks the keys in their sorted order within the wait, or releases what it took and fails. */
    private EntityLock acquire(TreeMap<String, String> keys, Duration wait) {
        LockSet locks = runtime.lockSet(wait,
                (entity, w) -> "Could not lock " + entity + " within " + w.toMillis() + " ms; nothing stays locked");
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            for (Map.Entry<String, String> e : keys.entrySet()) {
                locks.lock(e.getKey(), e.getValue(), deadline);
            }
        } catch (RuntimeException e) {
            locks.releaseAll();
            throw e;
        }
        return new Held(locks);
    }

    /** Locks held by the calling thread, released in reverse order. */
    private static final class Held implements EntityLock {
        private final LockSet locks;
        private boolean closed;

        Held(LockSet locks) {
            this.locks = locks;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                locks.releaseAll();
            }
        }

        @Override
        public String toString() {
            return "EntityLock" + locks.entities();
        }
    }
}
