package io.jadis.provider.internal.query;

import io.jadis.provider.internal.query.ast.Statement;
import io.jadis.provider.internal.runtime.EntityStore;
import io.jadis.provider.internal.runtime.JadisRuntime;

/** Runs a JDQL UPDATE: the WHERE clause and the assignments are evaluated by the server, per entity. */
final class UpdatePlan {
    private UpdatePlan() {
    }

    static UpdatePlan of(Statement.Update update, EntityStore store, MethodSignature signature,
                         JadisRuntime runtime) {
        throw new UnsupportedOperationException("JDQL UPDATE is not available yet");
    }

    Object run(Object[] args) {
        throw new UnsupportedOperationException();
    }
}
