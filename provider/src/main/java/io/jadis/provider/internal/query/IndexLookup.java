package io.jadis.provider.internal.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jadis.provider.internal.index.IndexSpec;
import io.jadis.provider.internal.index.IndexValues;
import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.bind.Restriction;
import io.jadis.provider.internal.query.bind.Term;
import io.jadis.provider.internal.query.eval.JavaCompiler;
import io.jadis.provider.internal.query.eval.Operand;
import io.jadis.provider.internal.runtime.EntityStore;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a restriction an index can answer — equality, {@code IN}, ranges, {@code BETWEEN},
 * {@code StartsWith} or a {@code LIKE} with a fixed beginning, {@code True}/{@code False}, and
 * {@code IgnoreCase} equality on an upper-cased index — and the index ranges it stands for in one
 * call. The index finds candidates; the whole restriction is still tested on each.
 */
final class IndexLookup {
    private final IndexSpec spec;
    private final List<Bound[]> ranges;

    /** One side of a range: how ({@code ge}, {@code gt}, {@code le}, {@code lt}, {@code eq}, {@code prefix}) and what. */
    private record Bound(String op, Operand value, boolean like) {
    }

    private IndexLookup(IndexSpec spec, List<Bound[]> ranges) {
        this.spec = spec;
        this.ranges = ranges;
    }

    IndexSpec spec() {
        return spec;
    }

    /** The lookups that answer a restriction (several for an OR), or an empty list when none does. */
    static List<IndexLookup> of(EntityStore store, Restriction where) {
        if (where == null || !store.indexes().enabled()) {
            return List.of();
        }
        if (where instanceof Restriction.Or or) {
            List<IndexLookup> all = new ArrayList<>();
            for (Restriction r : or.operands()) {
                List<IndexLookup> part = of(store, r);
                if (part.isEmpty()) {
                    return List.of();
                }
                all.addAll(part);
            }
            return all;
        }
        if (where instanceof Restriction.And and) {
            IndexLookup best = null;
            for (Restriction r : and.operands()) {
                IndexLookup l = single(store, r);
                if (l != null && (best == null || l.rank() < best.rank())) {
                    best = l;
                }
            }
            return best == null ? List.of() : List.of(best);
        }
        IndexLookup l = single(store, where);
        return l == null ? List.of() : List.of(l);
    }

    /** Equality and IN first: they usually select fewest. */
    private int rank() {
        return ranges.stream().allMatch(r -> r[0] != null && (r[0].op.equals("eq") || r[0].op.equals("in"))) ? 0 : 1;
    }

    private static IndexLookup single(EntityStore store, Restriction r) {
        if (r instanceof Restriction.Compare c) {
            return compare(store, c);
        }
        if (r instanceof Restriction.Between b && !b.negated() && isValue(b.low()) && isValue(b.high())) {
            IndexSpec spec = spec(store, b.value(), false);
            return spec == null ? null : new IndexLookup(spec, List.<Bound[]>of(new Bound[] {
                    new Bound("ge", JavaCompiler.compile(b.low()), false),
                    new Bound("le", JavaCompiler.compile(b.high()), false)}));
        }
        if (r instanceof Restriction.In in && !in.negated() && in.items().stream().allMatch(IndexLookup::isValue)) {
            IndexSpec spec = spec(store, in.value(), isUpper(in.value()));
            if (spec == null) {
                return null;
            }
            Operand all = JavaCompiler.inValues(in.items());
            return new IndexLookup(spec, List.<Bound[]>of(new Bound[] {new Bound("in", all, false), null}));
        }
        if (r instanceof Restriction.Text t && !t.negated() && t.match() == Condition.TextMatch.STARTS_WITH
                && isValue(unwrapUpper(t.argument())) && (isUpper(t.value()) || !isUpper(t.argument()))) {
            boolean upper = isUpper(t.value());
            IndexSpec spec = spec(store, t.value(), upper);
            return spec == null || spec.scored() ? null : new IndexLookup(spec, List.<Bound[]>of(new Bound[] {
                    new Bound("prefix", JavaCompiler.compile(unwrapUpper(t.argument())), false), null}));
        }
        if (r instanceof Restriction.Like like && !like.negated() && isValue(unwrapUpper(like.pattern()))
                && (isUpper(like.value()) || !isUpper(like.pattern()))) {
            boolean upper = isUpper(like.value());
            IndexSpec spec = spec(store, like.value(), upper);
            return spec == null || spec.scored() ? null : new IndexLookup(spec, List.<Bound[]>of(new Bound[] {
                    new Bound("prefix", JavaCompiler.compile(unwrapUpper(like.pattern())), true), null}));
        }
        return null;
    }

    private static IndexLookup compare(EntityStore store, Restriction.Compare c) {
        Term attribute = c.left();
        Term value = c.right();
        Condition.Operator op = c.op();
        if (!isValue(unwrapUpper(value)) && isValue(unwrapUpper(attribute))) {
            attribute = c.right();
            value = c.left();
            op = op.mirrored();
        }
        if (op == Condition.Operator.NE || !isValue(unwrapUpper(value))) {
            return null;
        }
        boolean upper = isUpper(attribute);
        if (upper != isUpper(value) || upper && op != Condition.Operator.EQ) {
            return null;
        }
        IndexSpec spec = spec(store, attribute, upper);
        if (spec == null) {
            return null;
        }
        Operand v = JavaCompiler.compile(unwrapUpper(value));
        Bound[] range = switch (op) {
            case EQ -> new Bound[] {new Bound("eq", v, false), null};
            case LT -> new Bound[] {null, new Bound("lt", v, false)};
            case LE -> new Bound[] {null, new Bound("le", v, false)};
            case GT -> new Bound[] {new Bound("gt", v, false), null};
            default -> new Bound[] {new Bound("ge", v, false), null};
        };
        return new IndexLookup(spec, List.<Bound[]>of(range));
    }

    /**
     * The index of the attribute a term reads, registered now: the upper-cased index for
     * {@code UPPER(attribute)}, the plain one for the attribute itself; none for anything else.
     */
    private static IndexSpec spec(EntityStore store, Term t, boolean upper) {
        if (isUpper(t) != upper) {
            return null;
        }
        Term inner = unwrapUpper(t);
        if (!(inner instanceof Term.Attr a)) {
            return null;
        }
        return store.indexes().require(a.path(), upper);
    }

    private static boolean isUpper(Term t) {
        return t instanceof Term.Call call && call.function() == Expr.Function.UPPER;
    }

    private static Term unwrapUpper(Term t) {
        return isUpper(t) ? ((Term.Call) t).arguments().get(0) : t;
    }

    private static boolean isValue(Term t) {
        return t instanceof Term.Argument || t instanceof Term.Constant;
    }

    /**
     * The index ranges for one call, or {@code null} when a value cannot be looked up (a null
     * argument, a value of another type): then the query scans.
     */
    List<String[]> ranges(Object[] args, ObjectMapper mapper) {
        List<String[]> out = new ArrayList<>();
        for (Bound[] range : ranges) {
            if (range[0] != null && range[0].op.equals("in")) {
                for (Object item : (List<?>) range[0].value.eval(null, args)) {
                    String[] eq = range("eq", item, null, null, mapper);
                    if (eq == null) {
                        return null;
                    }
                    out.add(eq);
                }
                continue;
            }
            String[] r = range(range[0] == null ? null : range[0].op, range[0] == null ? null : value(range[0], args),
                    range[1] == null ? null : range[1].op, range[1] == null ? null : value(range[1], args), mapper);
            if (r == null) {
                return null;
            }
            out.add(r);
        }
        return out;
    }

    private static Object value(Bound b, Object[] args) {
        Object v = b.value.eval(null, args);
        if (b.like && v != null) {
            String pattern = v.toString();
            int wildcard = pattern.length();
            for (int i = 0; i < pattern.length(); i++) {
                if (pattern.charAt(i) == '%' || pattern.charAt(i) == '_') {
                    wildcard = i;
                    break;
                }
            }
            return pattern.substring(0, wildcard);
        }
        return v;
    }

    private String[] range(String lowOp, Object low, String highOp, Object high, ObjectMapper mapper) {
        if (lowOp != null && low == null || highOp != null && high == null) {
            return null;
        }
        if (spec.scored()) {
            Double lo = lowOp == null ? null : IndexValues.score(spec, low);
            Double hi = highOp == null ? (lowOp != null && lowOp.equals("eq") ? lo : null)
                    : IndexValues.score(spec, high);
            if (lowOp != null && lo == null || highOp != null && hi == null) {
                return null;
            }
            // Scores are doubles: widen by one step so that values rounding to the bound are candidates too.
            return new String[] {lo == null ? "-inf" : score(Math.nextDown(lo)),
                    hi == null ? "+inf" : score(Math.nextUp(hi))};
        }
        String lo = lowOp == null ? null : IndexValues.text(spec, low, mapper);
        String hi = highOp == null ? null : IndexValues.text(spec, high, mapper);
        if (lowOp != null && lo == null || highOp != null && hi == null) {
            return null;
        }
        if ("eq".equals(lowOp)) {
            return new String[] {"ge:" + lo, "le:" + lo};
        }
        if ("prefix".equals(lowOp)) {
            return new String[] {"prefix:" + lo, "prefix:" + lo};
        }
        return new String[] {lo == null ? "min" : lowOp + ":" + lo, hi == null ? "max" : highOp + ":" + hi};
    }

    private static String score(double d) {
        return Double.isInfinite(d) ? (d > 0 ? "+inf" : "-inf") : Double.toString(d);
    }
}
