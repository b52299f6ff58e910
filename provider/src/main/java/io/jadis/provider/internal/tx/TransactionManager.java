package io.jadis.provider.internal.tx;

import io.jadis.api.Transaction;
import io.jadis.api.Transactions;
import io.jadis.provider.internal.runtime.JadisRuntime;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * The transactions of one Jadis instance: at most one active per thread, others suspended beneath
 * it (REQUIRES_NEW, NOT_SUPPORTED).
 */
public final class TransactionManager implements Transactions {
    private final JadisRuntime runtime;
    private final ThreadLocal<TxContext> current = new ThreadLocal<>();
    private final ThreadLocal<Deque<TxContext>> suspended = ThreadLocal.withInitial(ArrayDeque::new);

    public TransactionManager(JadisRuntime runtime) {
        this.runtime = runtime;
    }

    /** Where stores send their operations: the calling thread's active transaction, or {@code null}. */
    public io.jadis.provider.internal.runtime.Buffering session() {
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
        if (current.get() != null) {
            throw new IllegalStateException("The calling thread is already in a transaction; suspend it first");
        }
        TxContext tx = new TxContext(this, new TxLocks(runtime.redis(), runtime.settings().lockWait()));
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
        Transaction tx = begin();
        try {
            T result = work.get();
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            tx.close();
            throw e;
        }
    }

    @Override
    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    void commit(TxContext tx) {
        requireCurrent(tx);
        try {
            if (tx.isRollbackOnly()) {
                throw new IllegalStateException("The transaction was marked rollback-only; it was rolled back");
            }
            if (!tx.isEmpty()) {
                runtime.engine().commit(tx.entries());
            }
        } finally {
            end(tx);
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
