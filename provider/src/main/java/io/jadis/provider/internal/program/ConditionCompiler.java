package io.jadis.provider.internal.program;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jadis.provider.internal.json.JsonText;
import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.bind.Restriction;
import io.jadis.provider.internal.query.bind.Term;
import io.jadis.provider.internal.query.eval.JavaCompiler;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a bound restriction (or expression) into the server-side interpreter's reverse Polish
 * tokens (see program.lua), with the call's arguments written in as constants. Comparisons of enums
 * by order become sets of constant names, since documents hold enum names.
 */
public final class ConditionCompiler {
    private final List<String> out = new ArrayList<>();
    private final Object[] args;
    private final ObjectMapper mapper;

    private ConditionCompiler(Object[] args, ObjectMapper mapper) {
        this.args = args;
        this.mapper = mapper;
    }

    public static List<String> condition(Restriction r, Object[] args, ObjectMapper mapper) {
        ConditionCompiler c = new ConditionCompiler(args, mapper);
        c.cond(r);
        return c.out;
    }

    public static List<String> expression(Term t, Object[] args, ObjectMapper mapper) {
        ConditionCompiler c = new ConditionCompiler(args, mapper);
        c.term(t);
        return c.out;
    }

    private void cond(Restriction r) {
        if (r instanceof Restriction.And and) {
            all(and.operands(), "and");
        } else if (r instanceof Restriction.Or or) {
            all(or.operands(), "or");
        } else if (r instanceof Restriction.Not not) {
            cond(not.operand());
            out.add("not");
        } else if (r instanceof Restriction.Compare c) {
            compare(c);
        } else if (r instanceof Restriction.Between b) {
            String kind = kind(b.value(), b.low());
            term(b.value());
            term(b.low());
            term(b.high());
            emit("between", kind, flag(b.negated()));
        } else if (r instanceof Restriction.In in) {
            in(in.value(), in.items(), in.negated());
        } else if (r instanceof Restriction.Like like) {
            term(like.value());
            term(like.pattern());
            emit("like", flag(like.negated()));
        } else if (r instanceof Restriction.Text t) {
            term(t.value());
            term(t.argument());
            emit(switch (t.match()) {
                case STARTS_WITH -> "starts";
                case ENDS_WITH -> "ends";
                case CONTAINS -> "contains";
            }, flag(t.negated()));
        } else {
            Restriction.IsNull n = (Restriction.IsNull) r;
            term(n.value());
            emit("isnull", flag(n.negated()));
        }
    }

    private void all(List<Restriction> operands, String op) {
        cond(operands.get(0));
        for (Restriction r : operands.subList(1, operands.size())) {
            cond(r);
            out.add(op);
        }
    }

    private void compare(Restriction.Compare c) {
        Class<?> enumType = enumType(c.left(), c.right());
        if (enumType != null && c.op() != Condition.Operator.EQ && c.op() != Condition.Operator.NE) {
            enumRange(c, enumType);
            return;
        }
        String kind = kind(c.left(), c.right());
        term(c.left());
        term(c.right());
        emit(c.op().symbol(), kind);
    }

    /** {@code e < X} as {@code e IN (constants ordered before X)}. */
    private void enumRange(Restriction.Compare c, Class<?> enumType) {
        boolean attributeLeft = c.left() instanceof Term.Attr;
        Term attribute = attributeLeft ? c.left() : c.right();
        Object bound = value(attributeLeft ? c.right() : c.left());
        Condition.Operator op = attributeLeft ? c.op() : c.op().mirrored();
        List<Enum<?>> order = ((Term.Attr) attribute).path().leaf().enumOrder();
        int limit = rank(order, enumType, bound);
        List<Term> names = new ArrayList<>();
        for (int o = 0; o < order.size(); o++) {
            boolean keep = switch (op) {
                case LT -> o < limit;
                case LE -> o <= limit;
                case GT -> o > limit;
                default -> o >= limit;
            };
            if (keep) {
                names.add(new Term.Constant(order.get(o).name()));
            }
        }
        in(attribute, names, false);
    }

    /** The position of the constant {@code bound} (or its name) in the attribute's query order. */
    private static int rank(List<Enum<?>> order, Class<?> enumType, Object bound) {
        String name = bound instanceof Enum<?> e ? e.name() : String.valueOf(bound);
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(enumType.getSimpleName() + " has no constant " + bound);
    }

    private void in(Term value, List<Term> items, boolean negated) {
        String kind = kind(value, items.isEmpty() ? value : items.get(0));
        term(value);
        int count = 0;
        for (Term item : items) {
            if (item instanceof Term.Argument || item instanceof Term.Constant) {
                for (Object v : JavaCompiler.elements(value(item))) {
                    constant(v);
                    count++;
                }
            } else {
                term(item);
                count++;
            }
        }
        emit("in", kind, Integer.toString(count), flag(negated));
    }

    private void term(Term t) {
        if (t instanceof Term.Attr a) {
            emit("@", path(a), Kinds.valueKind(a.type()));
        } else if (t instanceof Term.Constant || t instanceof Term.Argument || t instanceof Term.Now) {
            constant(value(t));
        } else if (t instanceof Term.Arithmetic ar) {
            term(ar.left());
            term(ar.right());
            emit(String.valueOf(ar.op()), arithmetic(ar.type(), ar.op()));
        } else if (t instanceof Term.Negate n) {
            term(n.operand());
            emit("neg", arithmetic(n.type(), '-'));
        } else if (t instanceof Term.Concat c) {
            term(c.left());
            term(c.right());
            out.add("cat");
        } else {
            call((Term.Call) t);
        }
    }

    private void call(Term.Call c) {
        for (Term arg : c.arguments()) {
            term(arg);
        }
        switch (c.function()) {
            case ABS -> emit("abs", arithmetic(c.type(), '-'));
            case LENGTH -> out.add("len");
            case UPPER -> out.add("upper");
            case LOWER -> out.add("lower");
            case LEFT -> out.add("left");
            case RIGHT -> out.add("right");
        }
    }

    private static String arithmetic(Class<?> type, char op) {
        String kind = Kinds.arithmetic(type);
        if (kind == null) {
            throw new UnsupportedOperationException("the server cannot compute " + op + " on "
                    + type.getSimpleName());
        }
        if (op == '/' && kind.equals("dec")) {
            throw new UnsupportedOperationException("the server cannot divide BigDecimal values exactly");
        }
        return kind;
    }

    /** The path token of an attribute path. */
    public static String path(Term.Attr a) {
        PathToken token = new PathToken();
        for (Attribute attribute : a.path().chain()) {
            token.name(attribute.name());
        }
        return token.toString();
    }

    private void constant(Object v) {
        if (v == null) {
            out.add("~");
            return;
        }
        emit("#", Kinds.valueKind(v.getClass()), text(v));
    }

    /** The interpreter's text of a value: number text, the string, true/false, or ISO date/time text. */
    String text(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof Character || v instanceof CharSequence) {
            return v.toString();
        }
        try {
            String json = mapper.writeValueAsString(v);
            return json.startsWith("\"") ? JsonText.unquote(json) : json;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot use " + v + " in a server-side condition", e);
        }
    }

    private Object value(Term t) {
        if (t instanceof Term.Constant c) {
            return c.value();
        }
        if (t instanceof Term.Argument a) {
            return args[a.index()];
        }
        if (t instanceof Term.Now now) {
            return switch (now.kind()) {
                case LOCAL_DATE -> LocalDate.now();
                case LOCAL_TIME -> LocalTime.now();
                case LOCAL_DATETIME -> LocalDateTime.now();
            };
        }
        throw new IllegalArgumentException("not a value: " + t);
    }

    private String kind(Term left, Term right) {
        Class<?> type = left.type() != Object.class ? left.type() : right.type();
        if (type == Object.class && (right instanceof Term.Argument || right instanceof Term.Constant)) {
            Object v = value(right);
            type = v == null ? Object.class : v.getClass();
        }
        if (type == byte[].class) {
            throw new UnsupportedOperationException("the server cannot compare byte[] values");
        }
        return Kinds.valueKind(type);
    }

    private static Class<?> enumType(Term left, Term right) {
        if (left instanceof Term.Attr && left.type().isEnum()) {
            return left.type();
        }
        return right instanceof Term.Attr && right.type().isEnum() ? right.type() : null;
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    private void emit(String... tokens) {
        out.addAll(List.of(tokens));
    }
}
