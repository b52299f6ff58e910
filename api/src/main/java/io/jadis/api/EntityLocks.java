package io.jadis.api;

import java.time.Duration;
import java.util.Collection;

/**
 * Locks on entities, held across several operations: for a read-check-write that atomic updates
 * cannot express. Locks are Redisson {@code RLock}s: re-entrant in the owning thread, kept alive by
 * a watchdog while the owner runs, and released by the server when the owner's process dies (the
 * lease runs out). Several entities are always locked in one canonical order, so two callers
 * locking the same entities in opposite orders cannot deadlock.
 *
 * <pre>
 * try (EntityLock lock = locks.lock(Player.class, fromId, toId)) {
 *     Player from = players.findById(fromId).orElseThrow();
 *     Player to = players.findById(toId).orElseThrow();
 *     ... check and change both, then save both ...
 * }
 * </pre>
 *
 * <p>A lock holds against every Jadis writer, not only against other lock takers: while it is held,
 * every write of the entity by another owner (repository methods, atomic updates, JDQL
 * {@code UPDATE}/{@code DELETE}, other transactions' commits) waits until it is released, at most
 * the configured lock wait, and then is applied; the server checks the lock in the same step as
 * the write. The holder's own writes go through, and reads never wait.
 */
public interface EntityLocks {

    /** Locks the entities of a class with these ids, waiting at most the configured lock wait. */
    EntityLock lock(Class<?> entityClass, Object... ids);

    /** Locks the entities of a class with these ids, waiting at most the configured lock wait. */
    EntityLock lockAll(Class<?> entityClass, Collection<?> ids);

    /** Locks these entities (by class and id), waiting at most the configured lock wait. */
    EntityLock lockEntities(Object... entities);

    /**
     * Locks the entities of a class with these ids, waiting at most {@code wait}.
     *
     * @throws LockTimeoutException when a lock is not obtained in time; nothing stays locked
     */
    EntityLock lock(Duration wait, Class<?> entityClass, Object... ids);
}
