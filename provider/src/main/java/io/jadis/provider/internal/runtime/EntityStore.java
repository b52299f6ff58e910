package io.jadis.provider.internal.runtime;

import io.jadis.provider.internal.engine.DocRef;
import io.jadis.provider.internal.engine.DocType;
import io.jadis.provider.internal.engine.DocWrite;
import io.jadis.provider.internal.engine.DocumentEngine;
import io.jadis.provider.internal.engine.KeySpace;
import io.jadis.provider.internal.engine.StoredDoc;
import io.jadis.provider.internal.json.EntityCodec;
import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.model.EntityModel;
import jakarta.data.exceptions.EntityExistsException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Everything Jadis does with one entity type's documents, in entity terms: the lifecycle
 * operations of Jakarta Data (each one engine call, so one atomic step and one round trip) and
 * reads by id or in id order.
 */
public final class EntityStore {
    private final EntityModel model;
    private final EntityCodec codec;
    private final DocType type;
    private final DocumentEngine engine;
    private final int fetchSize;
    private final Supplier<Buffering> transaction;

    EntityStore(EntityModel model, EntityCodec codec, DocType type, DocumentEngine engine, int fetchSize,
                Supplier<Buffering> transaction) {
        this.model = model;
        this.codec = codec;
        this.type = type;
        this.engine = engine;
        this.fetchSize = fetchSize;
        this.transaction = transaction;
    }

    private io.jadis.provider.internal.index.Indexes indexes;

    void indexes(io.jadis.provider.internal.index.Indexes indexes) {
        this.indexes = indexes;
    }

    /** The secondary indexes of this entity type. */
    public io.jadis.provider.internal.index.Indexes indexes() {
        return indexes;
    }

    /** The calling thread's transaction, or {@code null}. */
    public Buffering transaction() {
        return transaction.get();
    }

    public EntityModel model() {
        return model;
    }

    /** How many documents a scan fetches per round trip. */
    public int fetchSize() {
        return fetchSize;
    }

    public DocType docType() {
        return type;
    }

    public EntityCodec codec() {
        return codec;
    }

    public DocumentEngine engine() {
        return engine;
    }

    public List<Object> insert(List<?> entities) {
        rejectDuplicateIds(entities);
        Buffering tx = transaction.get();
        if (tx != null) {
            return tx.insert(this, entities);
        }
        return withRevisions(entities, engine.insert(type, writes(entities, false)));
    }

    public List<Object> update(List<?> entities) {
        Buffering tx = transaction.get();
        if (tx != null) {
            checkIds(entities);
            return tx.update(this, entities);
        }
        return withRevisions(entities, engine.update(type, writes(entities, true)));
    }

    public List<Object> save(List<?> entities) {
        Buffering tx = transaction.get();
        if (tx != null) {
            checkIds(entities);
            return tx.save(this, entities);
        }
        return withRevisions(entities, engine.save(type, writes(entities, true)));
    }

    /** Deletes entities that must exist with their version (when versioned). */
    public void delete(List<?> entities) {
        Buffering tx = transaction.get();
        if (tx != null) {
            checkIds(entities);
            tx.delete(this, entities);
            return;
        }
        List<DocRef> refs = new ArrayList<>(entities.size());
        for (Object entity : entities) {
            refs.add(new DocRef(encodedId(entity), expectedRevision(entity)));
        }
        engine.delete(type, refs);
    }

    /** Deletes what exists among these ids; returns how many were deleted. */
    public long deleteByIds(List<?> ids) {
        Buffering tx = transaction.get();
        if (tx != null) {
            return tx.deleteByIds(this, ids);
        }
        List<String> encoded = new ArrayList<>(ids.size());
        for (Object id : ids) {
            encoded.add(encodeId(id));
        }
        return engine.deleteIds(type, encoded);
    }

    public long deleteAll() {
        if (transaction.get() != null) {
            throw new UnsupportedOperationException("Deleting every " + model.name()
                    + " cannot run inside a transaction");
        }
        return engine.deleteAll(type);
    }

    /** The entity with this id, or {@code null}. */
    public Object find(Object id) {
        Buffering tx = transaction.get();
        if (tx != null) {
            return tx.find(this, id);
        }
        StoredDoc doc = engine.get(type, encodeId(id));
        return doc == null ? null : codec.decode(doc.json(), doc.key());
    }

    public boolean exists(Object id) {
        Buffering tx = transaction.get();
        return tx != null ? tx.find(this, id) != null : engine.exists(type, encodeId(id));
    }

    public long count() {
        return engine.count(type);
    }

    /** Every entity, fetched lazily in batches of encoded ids in registry order. */
    public Stream<Object> all() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Batches(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * The entities with these ids, skipping ids with no entity, in one round trip; inside a
     * transaction each is read (and locked) as {@link #find} reads it.
     */
    public List<Object> findAll(List<?> ids) {
        Buffering tx = transaction.get();
        if (tx != null) {
            List<Object> out = new ArrayList<>(ids.size());
            for (Object id : ids) {
                Object entity = tx.find(this, id);
                if (entity != null) {
                    out.add(entity);
                }
            }
            return out;
        }
        List<String> encoded = new ArrayList<>(ids.size());
        for (Object id : ids) {
            encoded.add(encodeId(id));
        }
        return fetch(encoded);
    }

    /** The entities for these encoded ids, skipping ids whose document is gone. */
    public List<Object> fetch(List<String> encodedIds) {
        List<Object> out = new ArrayList<>(encodedIds.size());
        for (StoredDoc doc : engine.getAll(type, encodedIds)) {
            if (doc != null) {
                out.add(codec.decode(doc.json(), doc.key()));
            }
        }
        return out;
    }

    public String encodeId(Object id) {
        if (id == null) {
            throw new NullPointerException("The id of entity " + model.name() + " must not be null");
        }
        return KeySpace.encodeId(id);
    }

    private String encodedId(Object entity) {
        Object id = model.idOf(entity);
        if (id == null) {
            throw new IllegalArgumentException("Entity " + model.name() + ": the id attribute "
                    + model.id().name() + " is null");
        }
        return KeySpace.encodeId(id);
    }

    private List<DocWrite> writes(List<?> entities, boolean checkVersion) {
        List<DocWrite> docs = new ArrayList<>(entities.size());
        for (Object entity : entities) {
            long expected = checkVersion ? expectedRevision(entity) : DocWrite.ANY_REVISION;
            docs.add(new DocWrite(encodedId(entity), expected, codec.encode(entity)));
        }
        return docs;
    }

    private long expectedRevision(Object entity) {
        if (!model.isVersioned()) {
            return DocWrite.ANY_REVISION;
        }
        Object version = model.version().get(entity);
        return version == null ? 0 : ((Number) version).longValue();
    }

    private void checkIds(List<?> entities) {
        for (Object entity : entities) {
            encodedId(entity);
        }
    }

    private void rejectDuplicateIds(List<?> entities) {
        if (entities.size() < 2) {
            checkIds(entities);
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Object entity : entities) {
            String id = encodedId(entity);
            if (!seen.add(id)) {
                throw new EntityExistsException("Entity " + model.name() + " with id " + id
                        + " appears twice among the entities to insert");
            }
        }
    }

    private List<Object> withRevisions(List<?> entities, long[] revisions) {
        List<Object> out = new ArrayList<>(entities.size());
        for (int i = 0; i < revisions.length; i++) {
            out.add(withRevision(entities.get(i), revisions[i]));
        }
        return out;
    }

    /** The entity carrying its new revision: the same object, or a copy for a record. */
    public Object withRevision(Object entity, long revision) {
        Attribute version = model.version();
        if (version == null) {
            return entity;
        }
        Object value = versionValue(version.type(), revision);
        if (!model.isRecord()) {
            version.accessor().set(entity, value);
            return entity;
        }
        List<Attribute> attributes = model.attributes();
        Object[] values = new Object[attributes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = attributes.get(i) == version ? value : attributes.get(i).get(entity);
        }
        return model.newRecord(values);
    }

    private static Object versionValue(Class<?> type, long revision) {
        if (type == int.class || type == Integer.class) {
            return (int) revision;
        }
        if (type == short.class || type == Short.class) {
            return (short) revision;
        }
        return revision;
    }

    private final class Batches implements Iterator<Object> {
        private String after;
        private boolean exhausted;
        private Iterator<Object> current = java.util.Collections.emptyIterator();

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !exhausted) {
                List<String> ids = engine.ids(type, after, fetchSize);
                if (ids.size() < fetchSize) {
                    exhausted = true;
                }
                if (!ids.isEmpty()) {
                    after = ids.get(ids.size() - 1);
                    current = fetch(ids).iterator();
                }
            }
            return current.hasNext();
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
