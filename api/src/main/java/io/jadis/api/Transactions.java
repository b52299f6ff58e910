package io.jadis.api;

import java.util.function.Supplier;

/**
 * Transactions without CDI, with the semantics of {@code @Transactional}: inside a transaction,
 * every entity read through a repository ({@code findById} and the like) is locked, writes and
 * atomic updates are buffered (reads inside the transaction see them), and commit is one atomic step
 * on the server that first checks that nothing read has changed since, then applies every write.
 * An exception rolls back: nothing is written and the locks are released. A change made from
 * outside between a read and the commit makes the commit fail with
 * {@link jakarta.data.exceptions.OptimisticLockingFailureException}, with nothing written.
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

    /** Runs work in the current transaction, or in a new one that commits when it returns. */
    <T> T call(Supplier<T> work);

    /** Runs work in the current transaction, or in a new one that commits when it returns. */
    void run(Runnable work);

    /** Starts a transaction bound to the calling thread; commit it or roll it back. */
    Transaction begin();

    /** Whether the calling thread is in a transaction. */
    boolean isActive();
}
