package io.jadis.provider.internal.query.eval;

import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.bind.AttributePath;
import io.jadis.provider.internal.query.bind.Restriction;
import io.jadis.provider.internal.query.bind.Term;

import java.lang.reflect.Array;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Compiles bound restrictions into {@link Filter}s and terms into {@link Operand}s that test
 * entities in Java. A comparison with a {@code null} operand is not satisfied.
 */
public final class JavaCompiler {
    private JavaCompiler() {
    }

    public static Filter compile(Restriction r) {
        if (r == null) {
            return Filter.ALL;
        }
        if (r instanceof Restriction.And and) {
            Filter[] parts = all(and.operands());
            return (e, a) -> {
                for (Filter f : parts) {
                    if (!f.test(e, a)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (r instanceof Restriction.Or or) {
            Filter[] parts = all(or.operands());
            return (e, a) -> {
                for (Filter f : parts) {
                    if (f.test(e, a)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (r instanceof Restriction.Not not) {
            Filter inner = compile(not.operand());
            return (e, a) -> !inner.test(e, a);
        }
        if (r instanceof Restriction.Compare c) {
            return compare(c);
        }
        if (r instanceof Restriction.Between b) {
            return negate(between(b), b.negated());
        }
        if (r instanceof Restriction.In in) {
            return negate(in(in), in.negated());
        }
        if (r instanceof Restriction.Like like) {
            return negate(like(like), like.negated());
        }
        if (r instanceof Restriction.Text t) {
            return negate(text(t), t.negated());
        }
        Restriction.IsNull n = (Restriction.IsNull) r;
        Operand value = compile(n.value());
        return n.negated() ? (e, a) -> value.eval(e, a) != null : (e, a) -> value.eval(e, a) == null;
    }

    private static Filter[] all(List<Restriction> operands) {
        Filter[] out = new Filter[operands.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = compile(operands.get(i));
        }
        return out;
    }

    /** Negation that stays unsatisfied for null operands, as SQL's NOT BETWEEN / NOT LIKE / NOT IN do. */
    private static Filter negate(NullableFilter f, boolean negated) {
        return negated ? (e, a) -> f.test(e, a) == Boolean.FALSE : (e, a) -> f.test(e, a) == Boolean.TRUE;
    }

    /** TRUE, FALSE, or null when an operand is null. */
    @FunctionalInterface
    private interface NullableFilter {
        Boolean test(Object entity, Object[] args);
    }

    private static Filter compare(Restriction.Compare c) {
        Operand left = byName(compile(c.left()), c.left(), c.right());
        Operand right = byName(compile(c.right()), c.left(), c.right());
        Condition.Operator op = c.op();
        return (e, a) -> {
            Object x = left.eval(e, a);
            Object y = right.eval(e, a);
            if (x == null || y == null) {
                return false;
            }
            return switch (op) {
                case EQ -> Values.equal(x, y);
                case NE -> !Values.equal(x, y);
                case LT -> Values.compare(x, y) < 0;
                case LE -> Values.compare(x, y) <= 0;
                case GT -> Values.compare(x, y) > 0;
                case GE -> Values.compare(x, y) >= 0;
            };
        };
    }

    private static NullableFilter between(Restriction.Between b) {
        Operand value = byName(compile(b.value()), b.value());
        Operand low = byName(compile(b.low()), b.value());
        Operand high = byName(compile(b.high()), b.value());
        return (e, a) -> {
            Object v = value.eval(e, a);
            Object lo = low.eval(e, a);
            Object hi = high.eval(e, a);
            if (v == null || lo == null || hi == null) {
                return null;
            }
            return Values.compare(v, lo) >= 0 && Values.compare(v, hi) <= 0;
        };
    }

    /**
     * The operand as compared with an enum attribute stored by name among {@code terms}: enum values
     * become their names, so that they order as the names do. Otherwise the operand itself.
     */
    private static Operand byName(Operand operand, Term... terms) {
        for (Term t : terms) {
            if (t instanceof Term.Attr attr && attr.path().leaf().enumByName()) {
                Attribute attribute = attr.path().leaf();
                return (e, a) -> attribute.comparable(operand.eval(e, a));
            }
        }
        return operand;
    }

    private static NullableFilter in(Restriction.In in) {
        Operand value = compile(in.value());
        Operand[] items = new Operand[in.items().size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = compile(in.items().get(i));
        }
        return (e, a) -> {
            Object v = value.eval(e, a);
            if (v == null) {
                return null;
            }
            for (Operand item : items) {
                for (Object candidate : elements(item.eval(e, a))) {
                    if (candidate != null && Values.equal(v, candidate)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    /** The values of IN items, each spread into its elements ({@link #elements}). */
    public static Operand inValues(List<Term> items) {
        List<Operand> compiled = items.stream().map(JavaCompiler::compile).toList();
        return (e, a) -> {
            List<Object> values = new ArrayList<>();
            for (Operand item : compiled) {
                values.addAll(elements(item.eval(e, a)));
            }
            return values;
        };
    }

    /** The values an IN item stands for: the elements of a collection or array argument, or itself. */
    public static List<Object> elements(Object item) {
        if (item instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (item != null && item.getClass().isArray() && item.getClass() != byte[].class) {
            int n = Array.getLength(item);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(Array.get(item, i));
            }
            return out;
        }
        return java.util.Collections.singletonList(item);
    }

    private static NullableFilter like(Restriction.Like like) {
        Operand value = compile(like.value());
        Operand pattern = compile(like.pattern());
        return (e, a) -> {
            Object v = value.eval(e, a);
            Object p = pattern.eval(e, a);
            if (v == null || p == null) {
                return null;
            }
            return LikePattern.of(p.toString()).matcher(v.toString()).matches();
        };
    }

    private static NullableFilter text(Restriction.Text t) {
        Operand value = compile(t.value());
        Operand argument = compile(t.argument());
        Condition.TextMatch match = t.match();
        return (e, a) -> {
            Object v = value.eval(e, a);
            Object p = argument.eval(e, a);
            if (v == null || p == null) {
                return null;
            }
            String s = v.toString();
            String q = p.toString();
            return switch (match) {
                case STARTS_WITH -> s.startsWith(q);
                case ENDS_WITH -> s.endsWith(q);
                case CONTAINS -> s.contains(q);
            };
        };
    }

    public static Operand compile(Term t) {
        if (t instanceof Term.Attr attr) {
            AttributePath path = attr.path();
            return (e, a) -> path.get(e);
        }
        if (t instanceof Term.Constant c) {
            Object value = c.value();
            return (e, a) -> value;
        }
        if (t instanceof Term.Argument arg) {
            int index = arg.index();
            return (e, a) -> a[index];
        }
        if (t instanceof Term.Now now) {
            return switch (now.kind()) {
                case LOCAL_DATE -> (e, a) -> LocalDate.now();
                case LOCAL_TIME -> (e, a) -> LocalTime.now();
                case LOCAL_DATETIME -> (e, a) -> LocalDateTime.now();
            };
        }
        if (t instanceof Term.Arithmetic ar) {
            Operand left = compile(ar.left());
            Operand right = compile(ar.right());
            char op = ar.op();
            return (e, a) -> {
                Object x = left.eval(e, a);
                Object y = right.eval(e, a);
                return x == null || y == null ? null : Arithmetic.apply(op, (Number) x, (Number) y);
            };
        }
        if (t instanceof Term.Negate n) {
            Operand operand = compile(n.operand());
            return (e, a) -> {
                Object x = operand.eval(e, a);
                return x == null ? null : Arithmetic.negate((Number) x);
            };
        }
        if (t instanceof Term.Concat c) {
            Operand left = compile(c.left());
            Operand right = compile(c.right());
            return (e, a) -> {
                Object x = left.eval(e, a);
                Object y = right.eval(e, a);
                return x == null || y == null ? null : x.toString().concat(y.toString());
            };
        }
        return call((Term.Call) t);
    }

    private static Operand call(Term.Call c) {
        Operand first = compile(c.arguments().get(0));
        Operand second = c.arguments().size() > 1 ? compile(c.arguments().get(1)) : null;
        return switch (c.function()) {
            case ABS -> (e, a) -> {
                Object x = first.eval(e, a);
                return x == null ? null : Arithmetic.abs((Number) x);
            };
            case LENGTH -> (e, a) -> {
                Object x = first.eval(e, a);
                return x == null ? null : x.toString().length();
            };
            case UPPER -> (e, a) -> {
                Object x = first.eval(e, a);
                return x == null ? null : Values.upper(x);
            };
            case LOWER -> (e, a) -> {
                Object x = first.eval(e, a);
                return x == null ? null : Values.lower(x);
            };
            case LEFT -> (e, a) -> {
                Object x = first.eval(e, a);
                Object n = second.eval(e, a);
                if (x == null || n == null) {
                    return null;
                }
                String s = x.toString();
                return s.substring(0, Math.min(s.length(), ((Number) n).intValue()));
            };
            case RIGHT -> (e, a) -> {
                Object x = first.eval(e, a);
                Object n = second.eval(e, a);
                if (x == null || n == null) {
                    return null;
                }
                String s = x.toString();
                return s.substring(Math.max(0, s.length() - ((Number) n).intValue()));
            };
        };
    }
}
