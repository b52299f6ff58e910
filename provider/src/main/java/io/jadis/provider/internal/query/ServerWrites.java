package io.jadis.provider.internal.query;

import io.jadis.provider.internal.program.Program;
import io.jadis.provider.internal.runtime.EntityStore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a write program (a JDQL UPDATE or DELETE, a delete by method name or parameters) on the
 * candidates of a query: the server checks the restriction of each entity in the same atomic step
 * that changes or deletes it, so no entity is changed that did not match at that moment.
 */
final class ServerWrites {
    private ServerWrites() {
    }

    /**
     * @param program the program for one call, built from the call's arguments
     * @return how many entities the server changed or deleted
     */
    static long run(EntityStore store, Source source, Object[] args, Function<Object[], Program> program,
                    int pageSize) {
        if (store.transaction() != null) {
            throw new UnsupportedOperationException("Queries that update or delete cannot run inside a transaction;"
                    + " use repository lifecycle methods or atomic updates there");
        }
        Program p = program.apply(args);
        List<String> ids = source.encodedIds(args);
        if (ids != null) {
            long changed = 0;
            for (int i = 0; i < ids.size(); i += pageSize) {
                changed += store.engine().applyEach(store.docType(), p, ids.subList(i, Math.min(ids.size(),
                        i + pageSize)));
            }
            return changed;
        }
        long changed = 0;
        String after = null;
        while (true) {
            List<String> page = store.engine().ids(store.docType(), after, pageSize);
            if (page.isEmpty()) {
                return changed;
            }
            changed += store.engine().applyEach(store.docType(), p, page);
            if (page.size() < pageSize) {
                return changed;
            }
            after = page.get(page.size() - 1);
        }
    }

    static Object result(long changed, ResultShape shape) {
        return switch (shape) {
            case VOID -> null;
            case COUNT_INT -> Math.toIntExact(changed);
            case BOOLEAN -> changed > 0;
            default -> changed;
        };
    }
}
