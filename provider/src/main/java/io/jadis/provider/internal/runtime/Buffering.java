package io.jadis.provider.internal.runtime;

import io.jadis.provider.internal.program.Program;

import java.util.List;

/**
 * Where an {@link EntityStore} sends its operations while the calling thread is in a transaction:
 * reads see the transaction's own writes, and writes are buffered until the commit.
 */
public interface Buffering {

    Object find(EntityStore store, Object id);

    List<Object> insert(EntityStore store, List<?> entities);

    List<Object> update(EntityStore store, List<?> entities);

    List<Object> save(EntityStore store, List<?> entities);

    void delete(EntityStore store, List<?> entities);

    long deleteByIds(EntityStore store, List<?> ids);

    /** Buffers atomic updates of an entity and returns the entity as they will leave it. */
    Object apply(EntityStore store, Object id, Program program);
}
