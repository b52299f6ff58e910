package io.jadis.provider.internal.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.bind.Restriction;
import io.jadis.provider.internal.query.bind.Term;
import io.jadis.provider.internal.query.eval.JavaCompiler;
import io.jadis.provider.internal.query.eval.Operand;
import io.jadis.provider.internal.runtime.EntityStore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where a query's candidates come from, chosen when the method is planned: the documents named by
 * an id restriction ({@code id = ?}, {@code id IN (...)}) are read directly; those a secondary index
 * finds (see {@link IndexLookup}) are read by id once the index is ready; otherwise every document
 * of the type is streamed from the id registry. Candidates are still tested against the whole
 * restriction, so every source gives the same results.
 */
abstract class Source {

    abstract Stream<Object> candidates(Object[] args);

    /** Whether the candidates are every entity of the type (no id or index narrows them). */
    boolean scans() {
        return false;
    }

    /** The encoded ids the candidates must have, or {@code null} when any entity may match. */
    List<String> encodedIds(Object[] args) {
        return null;
    }

    /**
     * The part of {@code where} that the server still has to check on each candidate: all of it,
     * unless the candidates are the entities with the ids it names, whose keys already say so.
     */
    Restriction residual(Restriction where) {
        return where;
    }

    static Source of(EntityStore store, Restriction where, ObjectMapper mapper) {
        Restriction byId = idRestriction(store.model().id(), where);
        if (byId != null) {
            return new ById(store, idOperand(byId), byId);
        }
        List<IndexLookup> lookups = IndexLookup.of(store, where);
        return lookups.isEmpty() ? new Scan(store) : new Indexed(store, lookups, mapper);
    }

    /** Streams the entities with these encoded ids, fetched a batch at a time. */
    static Stream<Object> fetchInBatches(EntityStore store, List<String> ids) {
        int batch = store.fetchSize();
        int batches = (ids.size() + batch - 1) / batch;
        return java.util.stream.IntStream.range(0, batches).boxed().flatMap(b -> store.fetch(
                ids.subList(b * batch, Math.min(ids.size(), (b + 1) * batch))).stream());
    }

    /** The conjunct of r that names the ids of every entity r can match, or null. */
    private static Restriction idRestriction(Attribute id, Restriction r) {
        if (r instanceof Restriction.And and) {
            for (Restriction part : and.operands()) {
                Restriction found = idRestriction(id, part);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (r instanceof Restriction.Compare c && c.op() == Condition.Operator.EQ && isId(id, c.left())
                && independent(c.right())) {
            return r;
        }
        if (r instanceof Restriction.In in && !in.negated() && isId(id, in.value())
                && in.items().stream().allMatch(Source::independent)) {
            return r;
        }
        return null;
    }

    private static Operand idOperand(Restriction byId) {
        if (byId instanceof Restriction.Compare c) {
            return JavaCompiler.compile(c.right());
        }
        return JavaCompiler.inValues(((Restriction.In) byId).items());
    }

    /** r without the conjunct {@code part} (compared by identity), or null when nothing is left. */
    private static Restriction without(Restriction r, Restriction part) {
        if (r == part) {
            return null;
        }
        if (!(r instanceof Restriction.And and)) {
            return r;
        }
        List<Restriction> rest = new ArrayList<>();
        for (Restriction operand : and.operands()) {
            Restriction kept = without(operand, part);
            if (kept != null) {
                rest.add(kept);
            }
        }
        return rest.isEmpty() ? null : rest.size() == 1 ? rest.get(0) : new Restriction.And(rest);
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

        @Override
        boolean scans() {
            return true;
        }
    }

    private static final class ById extends Source {
        private final EntityStore store;
        private final Operand ids;
        private final Restriction implied;

        ById(EntityStore store, Operand ids, Restriction implied) {
            this.store = store;
            this.ids = ids;
            this.implied = implied;
        }

        @Override
        Restriction residual(Restriction where) {
            // A document lies at the key of its id: the id comparison holds for every candidate.
            return without(where, implied);
        }

        @Override
        List<String> encodedIds(Object[] args) {
            List<String> encoded = new ArrayList<>();
            for (Object id : ids(args)) {
                encoded.add(store.encodeId(id));
            }
            return encoded;
        }

        List<Object> ids(Object[] args) {
            Object value = ids.eval(null, args);
            List<Object> list = value instanceof List<?> l ? new ArrayList<>(l) : Collections.singletonList(value);
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

    /** Candidates found by secondary indexes, or by a scan while an index is not ready. */
    private static final class Indexed extends Source {
        private final EntityStore store;
        private final List<IndexLookup> lookups;
        private final ObjectMapper mapper;
        private final Scan fallback;

        Indexed(EntityStore store, List<IndexLookup> lookups, ObjectMapper mapper) {
            this.store = store;
            this.lookups = lookups;
            this.mapper = mapper;
            this.fallback = new Scan(store);
        }

        @Override
        List<String> encodedIds(Object[] args) {
            Set<String> ids = new LinkedHashSet<>();
            for (IndexLookup lookup : lookups) {
                if (!store.indexes().isReady(lookup.spec())) {
                    return null;
                }
                List<String[]> ranges = lookup.ranges(args, mapper);
                List<String> found = ranges == null ? null : store.engine().indexRange(store.docType(),
                        lookup.spec().name(), !lookup.spec().scored(), false, 0, -1, ranges);
                if (found == null) {
                    if (ranges != null) {
                        store.indexes().lost(lookup.spec());
                    }
                    return null;
                }
                ids.addAll(found);
            }
            return new ArrayList<>(ids);
        }

        @Override
        Stream<Object> candidates(Object[] args) {
            List<String> ids = encodedIds(args);
            return ids == null ? fallback.candidates(args) : fetchInBatches(store, ids);
        }
    }
}
