package io.jadis.provider.internal.query.ast;

import java.util.List;

/** A parsed query: a JDQL statement, or what a repository method's name says. */
public sealed interface Statement {

    /**
     * {@code SELECT}: {@code entity} is the FROM name or {@code null}; {@code where} may be
     * {@code null}; {@code orderBy} may be empty.
     */
    record Select(String entity, Selection selection, Condition where, List<SortItem> orderBy) implements Statement {
        public Select {
            orderBy = List.copyOf(orderBy);
        }
    }

    /** {@code UPDATE entity SET ... [WHERE ...]}. */
    record Update(String entity, List<Assignment> assignments, Condition where) implements Statement {
        public Update {
            assignments = List.copyOf(assignments);
        }
    }

    /** {@code DELETE FROM entity [WHERE ...]}. */
    record Delete(String entity, Condition where) implements Statement {
    }

    /**
     * A query by method name. {@code limit} is the {@code FirstN} bound or 0; parameters in
     * {@code where} are {@link Expr.Param}s numbered from 1 in the order the conditions use them.
     */
    record MethodQuery(Action action, int limit, Condition where, List<SortItem> orderBy, int parameterCount)
            implements Statement {
        public MethodQuery {
            orderBy = List.copyOf(orderBy);
        }
    }

    enum Action { FIND, COUNT, EXISTS, DELETE }

    /** What a SELECT returns. */
    sealed interface Selection {
    }

    /** The entity itself (no SELECT clause). */
    record Entities() implements Selection {
    }

    /** {@code SELECT COUNT(THIS)}. */
    record Count() implements Selection {
    }

    /** {@code SELECT a.b}: one attribute of each match. */
    record Attribute(Expr.Path path) implements Selection {
    }

    /** {@code SET path = value}; a {@code null} value is {@code SET path = NULL}. */
    record Assignment(Expr.Path path, Expr value) {
    }

    /** One {@code ORDER BY} item. */
    record SortItem(Expr.Path path, boolean descending, boolean ignoreCase) {
    }
}
