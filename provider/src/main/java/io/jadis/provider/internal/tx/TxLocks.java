package io.jadis.provider.internal.tx;

import io.jadis.api.JadisException;
import io.jadis.api.LockTimeoutException;
import io.jadis.provider.internal.engine.RedisAccess;
import org.redisson.api.RLock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The locks of one transaction, taken as it reads entities. A transaction only ever waits for a
 * lock that sorts after every lock it holds: such a lock is simply taken; one that sorts before is
 * taken at once if it is free, and otherwise by releasing the held locks and taking them all again
 * in order. Two transactions therefore never wait for each other in a cycle; what changed while a
 * lock was briefly released is caught by the revision check at commit.
 */
final class TxLocks {
    private final RedisAccess redis;
    private final Duration wait;
    private final TreeMap<String, String> held = new TreeMap<>();
    private final Map<String, RLock> locks = new TreeMap<>();

    TxLocks(RedisAccess redis, Duration wait) {
        this.redis = redis;
        this.wait = wait;
    }

    /** Locks {@code key} (described for messages) in this transaction. */
    void lock(String key, String description) {
        if (held.containsKey(key)) {
            return;
        }
        if (held.isEmpty() || key.compareTo(held.lastKey()) > 0) {
            take(key, description, System.nanoTime() + wait.toNanos());
            return;
        }
        // Taking a free lock out of order makes no one wait, so it cannot close a cycle.
        if (tryTake(key, description, System.nanoTime())) {
            return;
        }
        Map<String, String> wanted = new TreeMap<>(held);
        wanted.put(key, description);
        releaseAll();
        long deadline = System.nanoTime() + wait.toNanos();
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            take(e.getKey(), e.getValue(), deadline);
        }
    }

    private void take(String key, String description, long deadline) {
        if (!tryTake(key, description, deadline)) {
            throw new LockTimeoutException("The transaction could not lock " + description + " within "
                    + wait.toMillis() + " ms");
        }
    }

    /** Whether {@code key} was locked before the deadline ({@code System.nanoTime()}); if so, it is held. */
    private boolean tryTake(String key, String description, long deadline) {
        RLock lock = redis.client().getLock(key);
        boolean locked = redis.call(() -> {
            try {
                return lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JadisException("Interrupted while locking " + description, e);
            }
        }, "lock " + key);
        if (locked) {
            held.put(key, description);
            locks.put(key, lock);
        }
        return locked;
    }

    void releaseAll() {
        List<RLock> taken = new ArrayList<>(locks.values());
        locks.clear();
        held.clear();
        for (int i = taken.size() - 1; i >= 0; i--) {
            RLock lock = taken.get(i);
            try {
                if (lock.isHeldByCurrentThread()) {
                    lock.unlock();
                }
            } catch (RuntimeException ignored) {
                // The lease may have run out; the lock is gone either way.
            }
        }
    }
}
