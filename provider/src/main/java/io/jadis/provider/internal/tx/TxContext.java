package io.jadis.provider.internal.tx;

import io.jadis.api.Transaction;
import io.jadis.provider.internal.engine.DocumentEngine.TxEntry;
import io.jadis.provider.internal.runtime.EntityStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One transaction: the entities it touched, in order, and the locks it holds. */
final class TxContext implements Transaction {
    /** Marks "no transaction" on the stack of suspended ones. */
    static final TxContext NONE = new TxContext(null, null);

    private final TransactionManager manager;
    private final Map<String, TxEntity> entities = new LinkedHashMap<>();
    final TxLocks locks;
    private boolean rollbackOnly;
    private boolean finished;

    TxContext(TransactionManager manager, TxLocks locks) {
        this.manager = manager;
        this.locks = locks;
    }

    TxEntity entity(EntityStore store, String id) {
        return entities.computeIfAbsent(store.docType().keys().key(id), k -> new TxEntity(store, id));
    }

    TxEntity existing(EntityStore store, String id) {
        return entities.get(store.docType().keys().key(id));
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

    void finish() {
        finished = true;
        entities.clear();
        if (locks != null) {
            locks.releaseAll();
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
