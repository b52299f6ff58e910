package io.jadis.provider.internal.query;

import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.bind.Restriction;
import io.jadis.provider.internal.query.bind.Term;
import io.jadis.provider.internal.query.eval.JavaCompiler;
import io.jadis.provider.internal.query.eval.Operand;
import io.jadis.provider.internal.runtime.EntityStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where a query's candidates come from, chosen when the method is planned: the documents named by
 * an id restriction ({@code id = ?}, {@code id IN (...)}) are read directly; otherwise every
 * document of the type is streamed from the id registry. Candidates are still tested against the
 * whole restriction.
 */
abstract class Source {

    abstract Stream<Object> candidates(Object[] args);

    /** The ids the candidates must have, or {@code null} when any entity may match. */
    List<Object> ids(Object[] args) {
        return null;
    }

    static Source of(EntityStore store, Restriction where) {
        Operand ids = idOperand(store.model().id(), where);
        return ids == null ? new Scan(store) : new ById(store, ids);
    }

    private static Operand idOperand(Attribute id, Restriction r) {
        if (r instanceof Restriction.And and) {
            for (Restriction part : and.operands()) {
                Operand found = idOperand(id, part);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (r instanceof Restriction.Compare c && c.op() == Condition.Operator.EQ && isId(id, c.left())
                && independent(c.right())) {
            return JavaCompiler.compile(c.right());
        }
        if (r instanceof Restriction.In in && !in.negated() && isId(id, in.value())
                && in.items().stream().allMatch(Source::independent)) {
            List<Operand> items = in.items().stream().map(JavaCompiler::compile).toList();
            return (e, a) -> {
                List<Object> all = new ArrayList<>();
                for (Operand item : items) {
                    Object v = item.eval(null, a);
                    if (v instanceof Collection<?> c2) {
                        all.addAll(c2);
                    } else if (v != null && v.getClass().isArray()) {
                        for (int i = 0; i < java.lang.reflect.Array.getLength(v); i++) {
                            all.add(java.lang.reflect.Array.get(v, i));
                        }
                    } else {
                        all.add(v);
                    }
                }
                return all;
            };
        }
        return null;
    }

    private static boolean isId(Attribute id, Term t) {
        return t instanceof Term.Attr a && a.path().chain().size() == 1 && a.path().leaf() == id;
    }

    private static boolean independent(Term t) {
        return t instanceof Term.Argument || t instanceof Term.Constant;
    }

    private static final class Scan extends Source {
        private final EntityStore store;

        Scan(EntityStore store) {
            this.store = store;
        }

        @Override
        Stream<Object> candidates(Object[] args) {
            return store.all();
        }
    }

    private static final class ById extends Source {
        private final EntityStore store;
        private final Operand ids;

        ById(EntityStore store, Operand ids) {
            this.store = store;
            this.ids = ids;
        }

        @Override
        List<Object> ids(Object[] args) {
            Object value = ids.eval(null, args);
            List<Object> list = value instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>(List.of(value));
            Set<Object> distinct = new LinkedHashSet<>();
            for (Object id : list) {
                if (id != null) {
                    distinct.add(id);
                }
            }
            return new ArrayList<>(distinct);
        }

        @Override
        Stream<Object> candidates(Object[] args) {
            List<Object> wanted = ids(args);
            return wanted.isEmpty() ? Stream.empty() : store.findAll(wanted).stream();
        }
    }
}
