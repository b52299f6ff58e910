package io.jadis.provider.internal.lock;

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
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;

/**
 * Entity locks held together by one thread: Redisson {@code RLock}s, taken so that no two holders
 * can wait for each other in a cycle. A set only ever waits for a lock that sorts after every lock it
 * holds; a lock that sorts before is taken at once if it is free, and otherwise by releasing what the
 * set holds and taking it all again in order. {@link #lock} says when that happened, because what the
 * holder read under the released locks may have changed meanwhile.
 *
 * <p>Threads of one Jadis instance queue for a lock first come first served ({@link Turns}), and a wait is
 * a promise about time: it ends when the lock is taken or the wait has passed, whatever happens to
 * connections meanwhile (see {@link #takeRedissonLock}).
 */
public final class LockSet {
    /**
     * The longest a single Redisson {@code tryLock} waits: an unlock notification lost with a
     * subscription's connection delays a waiter by at most this much.
     */
    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** The longest pause before trying again after Redisson gave up early. */
    private static final long MAX_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final int RELEASE_ATTEMPTS = 3;
    /**
     * A {@code tryLock} that says no this long after its slice ended gave up on a reply (Redisson
     * swallows a response timeout there): the lock may be held all the same.
     */
    private static final long UNANSWERED_NANOS = TimeUnit.SECONDS.toNanos(1);
    /**
     * A lock the set holds, {@code count} times (more than once only after a lost reply), with the
     * calling thread's turn in this process' queue for it.
     */
    private record Hold(RLock lock, String entity, int count, Turns.Turn turn) {
    }

    private final RedisAccess redis;
    private final Turns turns;
    private final Duration wait;
    private final BiFunction<String, Duration, String> timeoutMessage;
    private final TreeMap<String, Hold> held = new TreeMap<>();

    /**
     * @param turns          the queues of the Jadis instance's threads for each lock
     * @param wait           how long one {@link #lock} may wait
     * @param timeoutMessage the message of the {@link LockTimeoutException} for an entity (as
     *                       {@code "Player with id p13"}) and the wait
     */
    public LockSet(RedisAccess redis, Turns turns, Duration wait, BiFunction<String, Duration, String> timeoutMessage) {
        this.redis = redis;
        this.turns = turns;
        this.wait = wait;
        this.timeoutMessage = timeoutMessage;
    }

    /**
     * Locks {@code key}, the lock of {@code entity} (as messages name it), waiting at most the set's
     * wait.
     *
     * @return whether the locks held before had to be released and taken again
     * @throws LockTimeoutException when the wait ran out; the locks taken before are still held
     */
    public boolean lock(String key, String entity) {
        return lock(key, entity, System.nanoTime() + wait.toNanos());
    }

    /** Like {@link #lock(String, String)}, waiting until {@code deadline} ({@code System.nanoTime()}). */
    public boolean lock(String key, String entity, long deadline) {
        if (held.containsKey(key)) {
            return false;
        }
        if (held.isEmpty() || key.compareTo(held.lastKey()) > 0) {
            take(key, entity, deadline);
            return false;
        }
        // Taking a free lock out of order makes no one wait, so it cannot close a cycle.
        if (tryTake(key, entity, System.nanoTime())) {
            return false;
        }
        Map<String, String> wanted = new TreeMap<>();
        held.forEach((k, hold) -> wanted.put(k, hold.entity()));
        wanted.put(key, entity);
        releaseAll();
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            take(e.getKey(), e.getValue(), deadline);
        }
        return true;
    }

    public boolean isEmpty() {
        return held.isEmpty();
    }

    /** The entities whose locks the set holds, as messages name them, in lock order. */
    public List<String> entities() {
        List<String> out = new ArrayList<>(held.size());
        held.values().forEach(h -> out.add(h.entity()));
        return out;
    }

    /**
     * Takes again every lock the set believed it held but lost (its lease ran out, or someone
     * removed it), so that a holder that found a change behind a lock's back holds it again.
     */
    public void retakeLost() {
        for (String key : new ArrayList<>(held.keySet())) {
            Hold hold = held.get(key);
            if (!redis.call(hold.lock()::isHeldByCurrentThread, "HEXISTS " + key)) {
                held.remove(key);
                hold.turn().leave();
                lock(key, hold.entity());
            }
        }
    }

    private void take(String key, String entity, long deadline) {
        if (!tryTake(key, entity, deadline)) {
            throw new LockTimeoutException(timeoutMessage.apply(entity, wait));
        }
    }

    /**
     * Whether {@code key} was locked before the deadline ({@code System.nanoTime()}), first this
     * process' turn for it, then the Redisson lock; if so, it is held.
     */
    private boolean tryTake(String key, String entity, long deadline) {
        RLock lock = redis.client().getLock(key);
        Turns.Turn turn = turns.join(key);
        Integer count = null;
        try {
            if (turn.await(deadline, entity)) {
                count = takeRedissonLock(lock, entity, deadline);
            }
        } finally {
            if (count == null) {
                turn.leave();
            }
        }
        if (count == null) {
            return false;
        }
        held.put(key, new Hold(lock, entity, count, turn));
        return true;
    }

    /**
     * How often the lock is now held (1, or 2 after a lost reply), or {@code null} if it was not
     * taken before the deadline. Redisson's {@code tryLock} waits for a notification on a
     * subscription; when that subscription dies with its connection it gives up at once, or it never
     * hears the release. So it is asked for a slice of the wait at a time, again after a short pause
     * when it gave up early, until the deadline has really passed. A try whose reply was lost (a
     * connection failed, or Redisson gave up on a reply long after the slice) may have taken the lock
     * all the same: the set then asks whether it holds it.
     */
    private Integer takeRedissonLock(RLock lock, String entity, long deadline) {
        long pause = TimeUnit.MILLISECONDS.toNanos(1);
        while (true) {
            long start = System.nanoTime();
            long slice = Math.min(Math.max(0, deadline - start), SLICE_NANOS);
            Boolean taken = tryLock(lock, slice, entity);
            long now = System.nanoTime();
            if (Boolean.FALSE.equals(taken) && now - start > slice + UNANSWERED_NANOS) {
                taken = null;
            }
            if (Boolean.TRUE.equals(taken)) {
                return 1;
            }
            if (taken == null && takenByLostReply(lock)) {
                return 2;
            }
            if (now >= deadline) {
                return null;
            }
            if (now - start < slice) {
                LockSupport.parkNanos(Math.min(pause, deadline - now));
                pause = Math.min(pause * 2, MAX_PAUSE_NANOS);
            }
        }
    }

    /**
     * {@code true} when the lock was taken, {@code false} when it was not, {@code null} when the
     * try failed for want of a connection and may have taken it.
     */
    private Boolean tryLock(RLock lock, long nanos, String entity) {
        try {
            return lock.tryLock(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JadisException("Interrupted while locking " + entity, e);
        } catch (RuntimeException e) {
            if (RedisAccess.isConnectionFailure(e)) {
                return null;
            }
            throw redis.translate(e, "lock " + lock.getName());
        }
    }

    /**
     * Whether a try whose reply was lost took the lock for this thread. If so it is taken once more,
     * so that Redisson keeps it alive (its watchdog starts only when it sees the reply), and the set
     * releases it twice.
     */
    private static boolean takenByLostReply(RLock lock) {
        try {
            return lock.isHeldByCurrentThread() && lock.tryLock();
        } catch (RuntimeException e) {
            if (RedisAccess.isConnectionFailure(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Releases every lock the set holds, in reverse order. A release that fails for want of a
     * connection is tried again: a lock left behind would hold every writer of its entity until its
     * lease ran out. A lock whose lease already ran out is gone anyway.
     */
    public void releaseAll() {
        RuntimeException failure = null;
        for (Hold hold : held.descendingMap().values()) {
            for (int i = 0; i < hold.count(); i++) {
                RuntimeException f = release(hold.lock());
                failure = f != null ? f : failure;
            }
            hold.turn().leave();
        }
        held.clear();
        if (failure != null) {
            throw new JadisException("Could not release every entity lock; the rest expire with their lease: "
                    + failure.getMessage(), failure);
        }
    }

    /**
     * Releases one hold of a lock. An interrupt must not leave the lock behind: the thread's
     * interrupt status is set aside while Redisson waits for the release, and set again after it.
     */
    private static RuntimeException release(RLock lock) {
        boolean interrupted = Thread.interrupted();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    lock.unlock();
                    return null;
                } catch (IllegalMonitorStateException notHeld) {
                    // The lease ran out, or a release whose reply was lost did release it.
                    return null;
                } catch (RuntimeException e) {
                    if (!RedisAccess.isConnectionFailure(e) || attempt >= RELEASE_ATTEMPTS) {
                        return e;
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
