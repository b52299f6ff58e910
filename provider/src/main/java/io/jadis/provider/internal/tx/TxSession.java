package io.jadis.provider.internal.tx;

import io.jadis.provider.internal.engine.DocWrite;
import io.jadis.provider.internal.engine.DocumentEngine.TxEntry;
import io.jadis.provider.internal.engine.StaleReadException;
import io.jadis.provider.internal.engine.StoredDoc;
import io.jadis.provider.internal.program.Program;
import io.jadis.provider.internal.runtime.Buffering;
import io.jadis.provider.internal.runtime.EntityStore;
import io.jadis.provider.internal.runtime.JadisRuntime;
import jakarta.data.exceptions.EntityExistsException;
import jakarta.data.exceptions.OptimisticLockingFailureException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Repository operations inside a transaction: reads lock the entity and remember its revision;
 * writes are buffered, and their outcome (the version an entity will have) is predicted so that
 * the application sees what the commit will write.
 */
final class TxSession implements Buffering {
    private final TxContext tx;
    private final JadisRuntime runtime;

    TxSession(TxContext tx, JadisRuntime runtime) {
        this.tx = tx;
        this.runtime = runtime;
    }

    @Override
    public Object find(EntityStore store, Object id) {
        String encoded = store.encodeId(id);
        TxEntity e = tx.existing(store, encoded);
        if (e != null && e.hasWrite()) {
            return current(e);
        }
        if (e != null && e.wasRead()) {
            return e.readJson == null ? null : store.codec().decode(e.readJson, key(e));
        }
        if (tx.locks.lock(store.docType().keys().lock(encoded), store.model().name() + " with id " + id)
                && !tx.read().isEmpty()) {
            relocked();
        }
        StoredDoc doc = store.engine().get(store.docType(), encoded);
        e = tx.entity(store, encoded);
        e.readRevision = doc == null ? TxEntry.ABSENT : doc.revision();
        e.readJson = doc == null ? null : doc.json();
        return doc == null ? null : store.codec().decode(doc.json(), doc.key());
    }

    /**
     * After the transaction gave up its locks for a moment to keep the lock order, what it read may
     * have changed. A transaction that can run again does so at once, holding every lock now; one
     * begun by hand goes on if what it read is still what is stored.
     */
    private void relocked() {
        if (tx.isRetrying()) {
            throw tx.conflict(new StaleReadException("The transaction gave up its locks to take them in order"
                    + " after reading " + describe(tx.read().get(0))), true);
        }
        Map<EntityStore, List<TxEntity>> byType = new LinkedHashMap<>();
        for (TxEntity e : tx.read()) {
            byType.computeIfAbsent(e.store, s -> new ArrayList<>()).add(e);
        }
        byType.forEach((store, read) -> {
            List<StoredDoc> docs = store.engine().getAll(store.docType(), read.stream().map(e -> e.id).toList());
            for (int i = 0; i < read.size(); i++) {
                TxEntity e = read.get(i);
                long now = docs.get(i) == null ? TxEntry.ABSENT : docs.get(i).revision();
                if (now != e.readRevision) {
                    throw tx.conflict(new StaleReadException(describe(e) + " changed while the transaction gave up"
                            + " its locks to take them in order (key " + key(e) + ")"), true);
                }
            }
        });
    }

    /** The entity as the transaction's buffered writes leave it. */
    private Object current(TxEntity e) {
        if (e.deleted) {
            return null;
        }
        if (e.program != null) {
            StoredDoc doc = runtime.engine().preview(List.of(e.entry())).get(0);
            return doc == null ? null : e.store.codec().decode(doc.json(), doc.key());
        }
        return e.store.codec().decode(e.store.codec().document(e.texts), key(e));
    }

    @Override
    public List<Object> insert(EntityStore store, List<?> entities) {
        List<Object> out = new ArrayList<>(entities.size());
        for (Object entity : entities) {
            TxEntity e = tx.entity(store, store.encodeId(store.model().idOf(entity)));
            if (Boolean.TRUE.equals(e.exists())) {
                throw new EntityExistsException("Entity " + store.model().name() + " with id " + e.id
                        + " already exists (in this transaction)");
            }
            e.writeMode = e.deleted ? "save" : "insert";
            out.add(write(e, entity, e.deleted && e.wasRead() ? e.readRevision + 1 : 1));
        }
        return out;
    }

    @Override
    public List<Object> update(EntityStore store, List<?> entities) {
        List<Object> out = new ArrayList<>(entities.size());
        for (Object entity : entities) {
            TxEntity e = tx.entity(store, store.encodeId(store.model().idOf(entity)));
            if (Boolean.FALSE.equals(e.exists())) {
                throw new OptimisticLockingFailureException("Entity " + store.model().name() + " with id " + e.id
                        + " does not exist (in this transaction)");
            }
            long base = checkVersion(e, entity);
            if (e.writeMode == null) {
                e.writeMode = "update";
            }
            out.add(write(e, entity, base < 0 ? -1 : base + 1));
        }
        return out;
    }

    @Override
    public List<Object> save(EntityStore store, List<?> entities) {
        List<Object> out = new ArrayList<>(entities.size());
        for (Object entity : entities) {
            TxEntity e = tx.entity(store, store.encodeId(store.model().idOf(entity)));
            Boolean exists = e.exists();
            if (Boolean.TRUE.equals(exists)) {
                out.addAll(update(store, List.of(entity)));
            } else if (Boolean.FALSE.equals(exists)) {
                out.addAll(insert(store, List.of(entity)));
            } else {
                long version = version(store, entity);
                e.expectedRevision = version < 0 ? DocWrite.ANY_REVISION : version;
                e.writeMode = "save";
                out.add(write(e, entity, version < 0 ? -1 : version + 1));
            }
        }
        return out;
    }

    @Override
    public void delete(EntityStore store, List<?> entities) {
        for (Object entity : entities) {
            TxEntity e = tx.entity(store, store.encodeId(store.model().idOf(entity)));
            if (Boolean.FALSE.equals(e.exists())) {
                throw new OptimisticLockingFailureException("Entity " + store.model().name() + " with id " + e.id
                        + " does not exist (in this transaction)");
            }
            checkVersion(e, entity);
            markDeleted(e, !"insert".equals(e.writeMode) || e.wasRead());
        }
    }

    @Override
    public long deleteByIds(EntityStore store, List<?> ids) {
        long count = 0;
        for (Object id : ids) {
            TxEntity e = tx.entity(store, store.encodeId(id));
            if (!Boolean.FALSE.equals(e.exists())) {
                count++;
            }
            boolean strict = e.strictDelete;
            markDeleted(e, strict);
        }
        return count;
    }

    @Override
    public Object apply(EntityStore store, Object id, Program program) {
        TxEntity e = tx.entity(store, store.encodeId(id));
        if (Boolean.FALSE.equals(e.exists())) {
            throw new OptimisticLockingFailureException("Entity " + store.model().name() + " with id " + id
                    + " does not exist (in this transaction)");
        }
        e.program = e.program == null ? program : e.program.then(program);
        return current(e);
    }

    private static void markDeleted(TxEntity e, boolean strict) {
        e.deleted = true;
        e.strictDelete = strict;
        e.texts = null;
        e.program = null;
        e.writeMode = null;
    }

    /**
     * Checks a versioned entity's version against what the transaction knows and returns the revision
     * the entity has before this write (-1 when unknown: an unversioned blind write).
     */
    private long checkVersion(TxEntity e, Object entity) {
        long version = version(e.store, entity);
        long known = e.texts != null ? e.predicted : e.wasRead() ? e.readRevision : -1;
        if (version >= 0 && known >= 0 && version != known) {
            throw new OptimisticLockingFailureException("Entity " + e.store.model().name() + " with id " + e.id
                    + " is at version " + known + ", not " + version);
        }
        if (version >= 0 && known < 0) {
            e.expectedRevision = version;
            return version;
        }
        return known;
    }

    private static long version(EntityStore store, Object entity) {
        if (!store.model().isVersioned()) {
            return -1;
        }
        Object v = store.model().version().get(entity);
        return v == null ? 0 : ((Number) v).longValue();
    }

    private Object write(TxEntity e, Object entity, long predicted) {
        Object written = predicted > 0 ? e.store.withRevision(entity, predicted) : entity;
        e.predicted = predicted;
        e.texts = e.store.codec().encode(written);
        e.deleted = false;
        return written;
    }

    private static String describe(TxEntity e) {
        return "Entity " + e.store.model().name() + " with id " + e.id;
    }

    private static String key(TxEntity e) {
        return e.store.docType().keys().key(e.id);
    }
}
