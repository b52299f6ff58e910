package io.jadis.provider.internal.query;

import io.jadis.provider.internal.query.eval.Filter;
import io.jadis.provider.internal.runtime.EntityStore;

import java.util.ArrayList;
import java.util.List;

/** Deletes the entities a restriction selects and returns how many were deleted. */
final class DeletePlan {
    private static final int BATCH = 500;

    private final EntityStore store;
    private final Source source;
    private final Filter filter;
    private final boolean unrestricted;
    private final ResultShape shape;

    DeletePlan(EntityStore store, Source source, Filter filter, boolean unrestricted, ResultShape shape) {
        this.store = store;
        this.source = source;
        this.filter = filter;
        this.unrestricted = unrestricted;
        this.shape = shape;
    }

    Object run(Object[] args) {
        long deleted = unrestricted ? store.deleteAll() : deleteMatches(args);
        return switch (shape) {
            case VOID -> null;
            case COUNT_INT -> Math.toIntExact(deleted);
            case BOOLEAN -> deleted > 0;
            default -> deleted;
        };
    }

    private long deleteMatches(Object[] args) {
        long deleted = 0;
        List<Object> ids = new ArrayList<>(BATCH);
        for (Object e : (Iterable<Object>) source.candidates(args).filter(e -> filter.test(e, args))::iterator) {
            ids.add(store.model().idOf(e));
            if (ids.size() == BATCH) {
                deleted += store.deleteByIds(ids);
                ids.clear();
            }
        }
        return ids.isEmpty() ? deleted : deleted + store.deleteByIds(ids);
    }
}
