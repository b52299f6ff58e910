package io.jadis.provider.internal.tx;

import io.jadis.api.Transaction;
import io.jadis.api.Transactions;
import io.jadis.provider.internal.engine.DocumentEngine.TxEntry;
import io.jadis.provider.internal.engine.EntityLockedException;
import io.jadis.provider.internal.engine.StaleReadException;
import io.jadis.provider.internal.lock.LockSet;
import io.jadis.provider.internal.runtime.Buffering;
import io.jadis.provider.internal.runtime.JadisRuntime;
import jakarta.data.exceptions.OptimisticLockingFailureException;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The transactions of one Jadis instance: at most one active per thread, others suspended beneath
 * it (REQUIRES_NEW, NOT_SUPPORTED).
 *
 * <p>A transaction run by {@link #call} or {@link #inNew} treats a conflict — an entity it read
 * changed before it committed — as its own business: it runs the work again, up to
 * {@code jadis.transaction-attempts} times. The second attempt runs at once and still holds the locks
 * the first took, so what it reads under them cannot change again; later attempts follow a pause of
 * random length that doubles each time from {@code jadis.transaction-backoff}.
 */
public final class TransactionManager implements Transactions {
    /** The longest pause between two attempts. */
    private static final long MAX_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final JadisRuntime runtime;
    private final ThreadLocal<TxContext> current = new ThreadLocal<>();
    private final ThreadLocal<Deque<TxContext>> suspended = ThreadLocal.withInitial(ArrayDeque::new);

    public TransactionManager(JadisRuntime runtime) {
        this.runtime = runtime;
    }

    /** Work that may throw {@code X}. */
    @FunctionalInterface
    public interface Work<T, X extends Exception> {
        T run() throws X;
    }

    /** Where stores send their operations: the calling thread's active transaction, or {@code null}. */
    public Buffering session() {
        TxContext tx = current.get();
        return tx == null ? null : new TxSession(tx, runtime);
    }

    /** The calling thread's active transaction, or {@code null}. */
    public Transaction current() {
        return current.get();
    }

    @Override
    public boolean isActive() {
        return current.get() != null;
    }

    @Override
    public Transaction begin() {
        return open(false);
    }

    private TxContext open(boolean retrying) {
        if (current.get() != null) {
            throw new IllegalStateException("The calling thread is already in a transaction; suspend it first");
        }
        LockSet locks = runtime.lockSet(runtime.settings().lockWait(),
                (entity, wait) -> "The transaction could not lock " + entity + " within " + wait.toMillis() + " ms");
        TxContext tx = new TxContext(this, locks, retrying);
        current.set(tx);
        return tx;
    }

    /** Detaches the active transaction (if any) from the thread, to {@link #resume} it later. */
    public void suspend() {
        suspended.get().push(current.get() == null ? TxContext.NONE : current.get());
        current.remove();
    }

    /** Re-attaches the transaction the last {@link #suspend} detached. */
    public void resume() {
        TxContext tx = suspended.get().pop();
        if (tx == TxContext.NONE) {
            current.remove();
        } else {
            current.set(tx);
        }
    }

    @Override
    public <T> T call(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return inNew(work::get, failure -> true);
    }

    @Override
    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work in a new transaction and commits it, running the work again when a conflict
     * prevents the commit. A failure of the work rolls back when {@code rollsBack} says so and
     * commits otherwise; either way it reaches the caller. A transaction marked rollback-only is
     * rolled back when the work returns.
     *
     * @throws OptimisticLockingFailureException naming the entity, when the last attempt met a conflict too
     */
    public <T, X extends Exception> T inNew(Work<T, X> work, Predicate<Throwable> rollsBack) throws X {
        TxContext tx = open(true);
        try {
            int attempts = runtime.settings().transactionAttempts();
            for (int attempt = 1; ; attempt++) {
                T result = null;
                Throwable failure = null;
                try {
                    result = work.run();
                } catch (Throwable t) {
                    failure = t;
                }
                StaleReadException conflict = tx.conflict();
                if (conflict == null) {
                    if (failure != null && rollsBack.test(failure)) {
                        throw TransactionManager.<X>rethrow(failure);
                    }
                    conflict = commitOrConflict(tx);
                }
                if (conflict == null) {
                    if (failure != null) {
                        throw TransactionManager.<X>rethrow(failure);
                    }
                    return result;
                }
                if (attempt >= attempts) {
                    throw new OptimisticLockingFailureException(conflict.getMessage() + "; the transaction ran "
                            + attempts + " times (jadis.transaction-attempts)", conflict);
                }
                pause(attempt);
                tx.restart();
            }
        } finally {
            if (!tx.isFinished()) {
                end(tx);
            }
        }
    }

    /** Commits (or rolls back when marked so) and ends the transaction, or returns the conflict that prevented it. */
    private StaleReadException commitOrConflict(TxContext tx) {
        if (!tx.isRollbackOnly()) {
            try {
                flush(tx);
            } catch (StaleReadException e) {
                return e;
            }
        }
        end(tx);
        return null;
    }

    /** Before attempt {@code attempt + 1}: none after the first, then a random pause that doubles. */
    private void pause(int attempt) {
        Duration backoff = runtime.settings().transactionBackoff();
        if (attempt < 2 || backoff.isZero()) {
            return;
        }
        long bound = Math.min(MAX_PAUSE_NANOS, backoff.toNanos() << Math.min(attempt - 2, 20));
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(bound + 1));
    }

    @SuppressWarnings("unchecked")
    private static <X extends Exception> X rethrow(Throwable t) throws X {
        throw (X) t;
    }

    void commit(TxContext tx) {
        requireCurrent(tx);
        try {
            if (tx.isRollbackOnly()) {
                throw new IllegalStateException("The transaction was marked rollback-only; it was rolled back");
            }
            if (tx.conflict() != null) {
                throw new OptimisticLockingFailureException(tx.conflict().getMessage(), tx.conflict());
            }
            flush(tx);
        } catch (StaleReadException e) {
            throw new OptimisticLockingFailureException(e.getMessage(), e);
        } finally {
            end(tx);
        }
    }

    /**
     * Sends the buffered writes as one atomic commit. An entity the commit writes that someone else
     * has locked is locked by the transaction too, in its lock order, and the commit sent again; if
     * that meant giving up locks for a moment, the commit's check of what was read catches any change.
     */
    private void flush(TxContext tx) {
        if (tx.isEmpty()) {
            return;
        }
        List<TxEntry> entries = tx.entries();
        while (true) {
            try {
                runtime.engine().commit(entries);
                return;
            } catch (EntityLockedException e) {
                for (EntityLockedException.Locked locked : e.locks()) {
                    tx.locks.lock(locked.key(), locked.entity());
                }
            }
        }
    }

    void rollback(TxContext tx) {
        requireCurrent(tx);
        end(tx);
    }

    private void end(TxContext tx) {
        current.remove();
        tx.finish();
    }

    private void requireCurrent(TxContext tx) {
        if (tx.isFinished()) {
            throw new IllegalStateException("The transaction has already ended");
        }
        if (current.get() != tx) {
            throw new IllegalStateException("A transaction ends in the thread that began it, while it is active");
        }
    }
}
