package io.jadis.provider.internal.lock;

import io.jadis.api.JadisException;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The threads of one Jadis instance that want the same entity lock queue for it here, first come
 * first served, and only the first of them competes for the Redisson lock. Redisson's RLock is not fair:
 * a release wakes every waiter by pub/sub, but a thread that arrives (or loops back) meanwhile takes
 * the lock first, so a waiter could lose the race for many seconds, past its lock wait, while others
 * went through in milliseconds. Behind a fair local queue a waiter only waits for those before it.
 */
public final class Turns {
    private final ConcurrentHashMap<String, Turn> turns = new ConcurrentHashMap<>();

    /** A thread's place in the queue of one lock key; {@link #leave} it exactly once. */
    final class Turn {
        private final String key;
        private final ReentrantLock queue = new ReentrantLock(true);
        private int users;

        private Turn(String key) {
            this.key = key;
        }

        /** Whether the calling thread's turn came before the deadline ({@code System.nanoTime()}). */
        boolean await(long deadline, String entity) {
            try {
                return queue.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JadisException("Interrupted while locking " + entity, e);
            }
        }

        /** Ends the calling thread's turn (if it had it) and its place in the queue. */
        void leave() {
            if (queue.isHeldByCurrentThread()) {
                queue.unlock();
            }
            turns.computeIfPresent(key, (k, turn) -> --turn.users == 0 ? null : turn);
        }
    }

    /** Joins the queue of {@code key}. */
    Turn join(String key) {
        return turns.compute(key, (k, turn) -> {
            Turn t = turn == null ? new Turn(k) : turn;
            t.users++;
            return t;
        });
    }
}
