package io.jadis.api;

import java.util.function.Supplier;

/**
 * Transactions without CDI, with the semantics of {@code @Transactional}: inside a transaction,
 * every entity read through a repository ({@code findById} and the like) is locked, so that no other
 * Jadis writer changes it meanwhile; writes and atomic updates are buffered (reads inside the
 * transaction see them), and commit is one atomic step on the server that first checks that nothing
 * read has changed since, then applies every write. An exception rolls back: nothing is written and
 * the locks are released.
 *
 * <p>{@link #call} and {@link #run} run the work again when a conflict prevents the commit (what it
 * read changed after all: it gave its locks up for a moment to keep the lock order, a lock's lease
 * ran out, or a client that ignores locks wrote), up to the configured number of attempts; only
 * then does {@link jakarta.data.exceptions.OptimisticLockingFailureException} reach the caller. The
 * work must be safe to run more than once: only its Jadis reads and writes are undone between
 * attempts. A transaction begun with {@link #begin} is not run again: its commit fails instead.
 *
 * <pre>
 * transactions.run(() -&gt; {
 *     Account from = accounts.findById(a).orElseThrow();   // locked
 *     Account to = accounts.findById(b).orElseThrow();     // locked
 *     from.balance -= 10;
 *     to.balance += 10;
 *     accounts.updateAll(List.of(from, to));               // buffered
 * });                                                      // one atomic commit, then unlock
 * </pre>
 *
 * <p>Queries other than by id read committed data; JDQL {@code UPDATE} and {@code DELETE} are not
 * available inside a transaction (use atomic updates).
 */
public interface Transactions {

    /**
     * Runs work in the current transaction, or in a new one that commits when it returns (running
     * the work again on a conflict).
     */
    <T> T call(Supplier<T> work);

    /**
     * Runs work in the current transaction, or in a new one that commits when it returns (running
     * the work again on a conflict).
     */
    void run(Runnable work);

    /** Starts a transaction bound to the calling thread; commit it or roll it back. */
    Transaction begin();

    /** Whether the calling thread is in a transaction. */
    boolean isActive();
}
