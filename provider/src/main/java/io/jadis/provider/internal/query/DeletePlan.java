package io.jadis.provider.internal.query;

import io.jadis.provider.internal.program.ConditionCompiler;
import io.jadis.provider.internal.program.Program;
import io.jadis.provider.internal.query.bind.Restriction;
import io.jadis.provider.internal.runtime.EntityStore;

/**
 * Deletes the entities a restriction selects; the server evaluates the restriction of each entity in
 * the step that deletes it. Returns how many were deleted.
 */
final class DeletePlan {
    private final EntityStore store;
    private final Source source;
    private final Restriction where;
    /** What the server checks on each candidate. */
    private final Restriction condition;
    private final ResultShape shape;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;
    private final int pageSize;

    DeletePlan(EntityStore store, Restriction where, ResultShape shape,
               com.fasterxml.jackson.databind.ObjectMapper mapper, int pageSize) {
        this.store = store;
        this.source = Source.of(store, where, mapper);
        this.where = where;
        this.condition = where == null ? null : source.residual(where);
        this.shape = shape;
        this.mapper = mapper;
        this.pageSize = pageSize;
    }

    Object run(Object[] args) {
        long deleted = where == null ? store.deleteAll()
                : ServerWrites.run(store, source, args, this::program, pageSize);
        return ServerWrites.result(deleted, shape);
    }

    private Program program(Object[] args) {
        Program p = new Program();
        if (condition != null) {
            p.when(ConditionCompiler.condition(condition, args, mapper));
        }
        return p.op("delete", "");
    }
}
