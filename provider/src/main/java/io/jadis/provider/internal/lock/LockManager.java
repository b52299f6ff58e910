package io.jadis.provider.internal.lock;

import io.jadis.api.EntityLock;
import io.jadis.api.EntityLocks;
import io.jadis.api.JadisException;
import io.jadis.api.LockTimeoutException;
import io.jadis.provider.internal.runtime.EntityStore;
import io.jadis.provider.internal.runtime.JadisRuntime;
import org.redisson.api.RLock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Entity locks on Redisson {@code RLock}s at {@code <prefix>:#lock:<id>}, acquired in the order of
 * their keys so that any two callers take common locks in the same order.
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

    /** The lock key of an entity. */
    public static String key(EntityStore store, Object id) {
        return store.docType().keys().structure("lock:" + store.encodeId(id));
    }

    private static void add(TreeMap<String, String> keys, EntityStore store, Object id) {
        keys.put(key(store, id), store.model().name() + " with id " + id);
    }

    /** Locks the keys in their sorted order within the wait, or releases what it took and fails. */
    Held acquire(TreeMap<String, String> keys, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<RLock> held = new ArrayList<>(keys.size());
        try {
            for (var entry : keys.entrySet()) {
                RLock lock = runtime.redis().client().getLock(entry.getKey());
                long remaining = Math.max(0, deadline - System.nanoTime());
                boolean locked = runtime.redis().call(() -> {
                    try {
                        return lock.tryLock(remaining, TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new JadisException("Interrupted while locking " + entry.getValue(), e);
                    }
                }, "lock " + entry.getKey());
                if (!locked) {
                    throw new LockTimeoutException("Could not lock " + entry.getValue() + " within "
                            + wait.toMillis() + " ms; nothing stays locked");
                }
                held.add(lock);
            }
            return new Held(held);
        } catch (RuntimeException e) {
            new Held(held).close();
            throw e;
        }
    }

    /** Locks held by the calling thread, released in reverse order. */
    static final class Held implements EntityLock {
        private final List<RLock> locks;
        private boolean closed;

        Held(List<RLock> locks) {
            this.locks = locks;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            RuntimeException failure = null;
            for (int i = locks.size() - 1; i >= 0; i--) {
                try {
                    if (locks.get(i).isHeldByCurrentThread()) {
                        locks.get(i).unlock();
                    }
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw new JadisException("Could not release every entity lock: " + failure.getMessage(), failure);
            }
        }

        @Override
        public String toString() {
            return "EntityLock" + Arrays.toString(locks.stream().map(RLock::getName).toArray());
        }
    }
}
