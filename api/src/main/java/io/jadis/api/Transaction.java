package io.jadis.api;

/** A transaction bound to the thread that began it. {@link #close()} rolls back unless committed. */
public interface Transaction extends AutoCloseable {

    /**
     * Commits in one atomic step and releases the locks.
     *
     * @throws jakarta.data.exceptions.OptimisticLockingFailureException if an entity read changed
     *         since (a transaction begun by hand is not run again), or a write's precondition
     *         failed; nothing is written
     * @throws IllegalStateException if the transaction is marked rollback-only (it is rolled back)
     */
    void commit();

    /** Discards every buffered write and releases the locks. */
    void rollback();

    /** Makes the eventual outcome a rollback. */
    void setRollbackOnly();

    boolean isRollbackOnly();

    /** Rolls back unless already committed or rolled back. */
    @Override
    void close();
}
