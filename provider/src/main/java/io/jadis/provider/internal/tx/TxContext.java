package io.jadis.provider.internal.tx;

import io.jadis.api.Transaction;
import io.jadis.provider.internal.engine.DocumentEngine.TxEntry;
import io.jadis.provider.internal.engine.StaleReadException;
import io.jadis.provider.internal.lock.LockSet;
import io.jadis.provider.internal.runtime.EntityStore;
import jakarta.data.exceptions.OptimisticLockingFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One transaction: the entities it touched, in order, the locks it holds, and the conflict that
 * makes it run again, if one was met. The locks outlive an attempt: a transaction that runs again
 * still holds what it locked, so what it read under them cannot change again.
 */
final class TxContext implements Transaction {
    private static final Logger LOG = LoggerFactory.getLogger(TxContext.class);
    /** Marks "no transaction" on the stack of suspended ones. */
    static final TxContext NONE = new TxContext(null, null, false);

    private final TransactionManager manager;
    private final Map<String, TxEntity> entities = new LinkedHashMap<>();
    final LockSet locks;
    /** Whether the body runs again on a conflict, or the conflict reaches the application. */
    private final boolean retrying;
    private StaleReadException conflict;
    /** Whether the conflict was met just after every lock was taken again, so none can be lost. */
    private boolean locksFresh;
    private boolean rollbackOnly;
    private boolean finished;

    TxContext(TransactionManager manager, LockSet locks, boolean retrying) {
        this.manager = manager;
        this.locks = locks;
        this.retrying = retrying;
    }

    TxEntity entity(EntityStore store, String id) {
        return entities.computeIfAbsent(store.docType().keys().key(id), k -> new TxEntity(store, id));
    }

    TxEntity existing(EntityStore store, String id) {
        return entities.get(store.docType().keys().key(id));
    }

    /** The entities the transaction has read so far, with the revisions it read. */
    List<TxEntity> read() {
        List<TxEntity> out = new ArrayList<>();
        for (TxEntity e : entities.values()) {
            if (e.wasRead()) {
                out.add(e);
            }
        }
        return out;
    }

    List<TxEntry> entries() {
        List<TxEntry> out = new ArrayList<>(entities.size());
        for (TxEntity e : entities.values()) {
            out.add(e.entry());
        }
        return out;
    }

    boolean isEmpty() {
        return entities.isEmpty();
    }

    boolean isFinished() {
        return finished;
    }

    /**
     * Records a conflict and returns what to throw: the signal to run again, or, where nothing runs
     * the transaction again, an {@link OptimisticLockingFailureException}. A recorded conflict stands
     * even if the application catches what was thrown.
     */
    RuntimeException conflict(StaleReadException e, boolean afterRelocking) {
        conflict = e;
        locksFresh = afterRelocking;
        return retrying ? e : new OptimisticLockingFailureException(e.getMessage(), e);
    }

    boolean isRetrying() {
        return retrying;
    }

    StaleReadException conflict() {
        return conflict;
    }

    /** Forgets what this attempt did, keeping its locks (taking again any it lost), for the next attempt. */
    void restart() {
        entities.clear();
        rollbackOnly = false;
        if (!locksFresh) {
            locks.retakeLost();
        }
        conflict = null;
        locksFresh = false;
    }

    void finish() {
        finished = true;
        entities.clear();
        try {
            locks.releaseAll();
        } catch (RuntimeException e) {
            // The outcome stands; a lock that could not be released expires with its lease.
            LOG.warn("A transaction could not release its locks: {}", e.getMessage());
        }
    }

    @Override
    public void commit() {
        manager.commit(this);
    }

    @Override
    public void rollback() {
        manager.rollback(this);
    }

    @Override
    public void setRollbackOnly() {
        rollbackOnly = true;
    }

    @Override
    public boolean isRollbackOnly() {
        return rollbackOnly;
    }

    @Override
    public void close() {
        if (!finished) {
            rollback();
        }
    }
}
