package io.jadis.provider.internal.query.bind;

import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.model.ClassModel;
import io.jadis.provider.internal.model.EntityModel;
import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Expr;
import jakarta.data.exceptions.MappingException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Binds a parsed query to its entity and method: resolves attribute names (method-name queries
 * ignore case and may omit the {@code _} between embedded names), fully-qualified enum constants
 * and parameters, and types every expression.
 */
public final class Binder {
    private final EntityModel model;
    private final Function<Expr.Param, Term.Argument> parameters;
    private final ClassLoader loader;
    private final boolean relaxedNames;

    /**
     * @param parameters   maps a query parameter to the method argument it stands for
     * @param relaxedNames whether names come from a method name (ignore case, compound names)
     */
    public Binder(EntityModel model, Function<Expr.Param, Term.Argument> parameters, ClassLoader loader,
                  boolean relaxedNames) {
        this.model = model;
        this.parameters = parameters;
        this.loader = loader;
        this.relaxedNames = relaxedNames;
    }

    public Restriction bind(Condition c) {
        if (c instanceof Condition.And and) {
            return new Restriction.And(all(and.operands()));
        }
        if (c instanceof Condition.Or or) {
            return new Restriction.Or(all(or.operands()));
        }
        if (c instanceof Condition.Not not) {
            return new Restriction.Not(bind(not.operand()));
        }
        if (c instanceof Condition.Compare cmp) {
            return compare(cmp);
        }
        if (c instanceof Condition.Between b) {
            return between(b);
        }
        if (c instanceof Condition.In in) {
            return in(in);
        }
        if (c instanceof Condition.Like like) {
            return new Restriction.Like(text(bind(like.value()), "LIKE"), text(bind(like.pattern()), "LIKE"),
                    like.negated());
        }
        if (c instanceof Condition.Text t) {
            return new Restriction.Text(text(bind(t.value()), t.match().name()), t.match(),
                    text(bind(t.argument()), t.match().name()), t.negated());
        }
        Condition.IsNull n = (Condition.IsNull) c;
        return new Restriction.IsNull(bind(n.value()), n.negated());
    }

    private List<Restriction> all(List<Condition> conditions) {
        List<Restriction> out = new ArrayList<>(conditions.size());
        for (Condition c : conditions) {
            out.add(bind(c));
        }
        return out;
    }

    private Restriction compare(Condition.Compare cmp) {
        Term left = bind(cmp.left());
        Term right = enumAware(cmp.right(), left);
        if (left instanceof Term.Attr && right instanceof Term.Constant c && c.value() instanceof Boolean
                && left.type() != Boolean.class) {
            throw new MappingException("Attribute " + ((Term.Attr) left).path().name() + " of entity "
                    + model.name() + " is " + left.type().getSimpleName() + ", not boolean");
        }
        TypeCheck.comparable(left, right);
        return new Restriction.Compare(left, cmp.op(), right);
    }

    private Restriction between(Condition.Between b) {
        Term value = bind(b.value());
        Term low = enumAware(b.low(), value);
        Term high = enumAware(b.high(), value);
        TypeCheck.comparable(value, low);
        TypeCheck.comparable(value, high);
        return new Restriction.Between(value, low, high, b.negated());
    }

    private Restriction in(Condition.In in) {
        Term value = bind(in.value());
        List<Term> items = new ArrayList<>(in.items().size());
        for (Expr item : in.items()) {
            Term bound = enumAware(item, value);
            TypeCheck.element(value, bound);
            items.add(bound);
        }
        return new Restriction.In(value, items, in.negated());
    }

    /** Binds an operand that may be an enum constant named without its class, given the other side. */
    private Term enumAware(Expr e, Term other) {
        if (e instanceof Expr.Path p && p.names().size() == 1 && other.type().isEnum()) {
            Object constant = enumConstant(other.type(), p.names().get(0));
            if (constant != null && attributeOrNull(p) == null) {
                return new Term.Constant(constant);
            }
        }
        return bind(e);
    }

    private Term text(Term t, String operator) {
        if (!TypeCheck.isText(t.type()) && t.type() != Object.class) {
            throw new MappingException(operator + " needs text, but " + TypeCheck.describe(t) + " is "
                    + t.type().getSimpleName());
        }
        return t;
    }

    public Term bind(Expr e) {
        if (e instanceof Expr.Path p) {
            return pathOrEnum(p);
        }
        if (e instanceof Expr.Literal l) {
            return new Term.Constant(l.value());
        }
        if (e instanceof Expr.Param p) {
            return parameters.apply(p);
        }
        if (e instanceof Expr.Now n) {
            return new Term.Now(n.kind());
        }
        if (e instanceof Expr.Arithmetic a) {
            return arithmetic(a);
        }
        if (e instanceof Expr.Negate n) {
            return new Term.Negate(numeric(bind(n.operand()), "-"));
        }
        if (e instanceof Expr.Concat c) {
            return new Term.Concat(bind(c.left()), bind(c.right()));
        }
        return call((Expr.Call) e);
    }

    private Term arithmetic(Expr.Arithmetic a) {
        Term left = numeric(bind(a.left()), String.valueOf(a.op()));
        Term right = numeric(bind(a.right()), String.valueOf(a.op()));
        left = exactWith(left, right);
        right = exactWith(right, left);
        return new Term.Arithmetic(a.op(), left, right, promote(left.type(), right.type()));
    }

    /**
     * A {@code float} or {@code double} literal meeting a {@code BigDecimal} stands for the decimal it
     * spells, so that {@code price - 0.05} stays exact instead of turning into double arithmetic.
     */
    private static Term exactWith(Term literal, Term other) {
        if (other.type() == BigDecimal.class && literal instanceof Term.Constant c
                && (c.value() instanceof Double || c.value() instanceof Float)) {
            return new Term.Constant(new BigDecimal(c.value().toString()));
        }
        return literal;
    }

    private Term call(Expr.Call c) {
        List<Term> args = new ArrayList<>();
        for (Expr arg : c.arguments()) {
            args.add(bind(arg));
        }
        Class<?> type = switch (c.function()) {
            case ABS -> numeric(args.get(0), "ABS").type();
            case LENGTH -> Integer.class;
            default -> String.class;
        };
        return new Term.Call(c.function(), args, type);
    }

    private Term numeric(Term t, String operator) {
        Class<?> type = t.type();
        if (!Number.class.isAssignableFrom(type) && type != Object.class) {
            throw new MappingException("Operator " + operator + " needs a number, but " + TypeCheck.describe(t) + " is "
                    + type.getSimpleName());
        }
        return t;
    }

    private static Class<?> promote(Class<?> a, Class<?> b) {
        if (a == Object.class || b == Object.class) {
            return Number.class;
        }
        for (Class<?> c : List.of(Double.class, Float.class, BigDecimal.class, BigInteger.class, Long.class)) {
            if (a == c || b == c) {
                return c;
            }
        }
        return Integer.class;
    }

    private Term pathOrEnum(Expr.Path p) {
        AttributePath path = attributeOrNull(p);
        if (path != null) {
            return new Term.Attr(path);
        }
        if (p.names().size() > 1) {
            Object constant = qualifiedEnum(p.dotted());
            if (constant != null) {
                return new Term.Constant(constant);
            }
        }
        return new Term.Attr(path(p));
    }

    /** Resolves a path to attributes or fails with a {@link MappingException} naming it. */
    public AttributePath path(Expr.Path p) {
        AttributePath path = attributeOrNull(p);
        if (path == null) {
            throw new MappingException("Entity " + model.name() + " has no persistent attribute "
                    + String.join(relaxedNames ? "_" : ".", p.names()) + knownAttributes());
        }
        return path;
    }

    private String knownAttributes() {
        List<String> names = new ArrayList<>();
        for (Attribute a : model.attributes()) {
            names.add(a.javaName());
        }
        return " (its attributes are " + String.join(", ", names) + ")";
    }

    private AttributePath attributeOrNull(Expr.Path p) {
        List<String> names = p.names();
        if (names.size() == 1 && names.get(0).equals(jakarta.data.repository.By.ID)) {
            return new AttributePath(List.of(model.id()));
        }
        if (!relaxedNames) {
            List<Attribute> chain = exact(model, names);
            return chain == null ? null : new AttributePath(chain);
        }
        List<Attribute> chain = new ArrayList<>();
        ClassModel owner = model;
        for (String name : names) {
            if (owner == null || !relaxed(owner, name, chain)) {
                return names.size() == 1 && name.equalsIgnoreCase("id") ? new AttributePath(List.of(model.id()))
                        : null;
            }
            owner = chain.get(chain.size() - 1).embedded();
        }
        return new AttributePath(chain);
    }

    private static List<Attribute> exact(ClassModel owner, List<String> names) {
        List<Attribute> chain = new ArrayList<>();
        for (String name : names) {
            if (owner == null) {
                return null;
            }
            Attribute a = owner.queryAttribute(name);
            if (a == null) {
                return null;
            }
            chain.add(a);
            owner = a.embedded();
        }
        return chain;
    }

    /** Matches {@code text} to one attribute ignoring case, or to a chain of embedded attributes. */
    private static boolean relaxed(ClassModel owner, String text, List<Attribute> chain) {
        for (Attribute a : owner.attributes()) {
            if (a.javaName().equalsIgnoreCase(text) || a.name().equalsIgnoreCase(text)) {
                chain.add(a);
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Attribute a : owner.attributes()) {
            String prefix = a.javaName().toLowerCase(Locale.ROOT);
            if (a.embedded() != null && lower.startsWith(prefix) && lower.length() > prefix.length()) {
                chain.add(a);
                if (relaxed(a.embedded(), text.substring(prefix.length()), chain)) {
                    return true;
                }
                chain.remove(chain.size() - 1);
            }
        }
        return false;
    }

    private Object qualifiedEnum(String dotted) {
        int dot = dotted.lastIndexOf('.');
        String className = dotted.substring(0, dot);
        String constant = dotted.substring(dot + 1);
        while (true) {
            Class<?> type = load(className);
            if (type != null) {
                return type.isEnum() ? enumConstant(type, constant) : null;
            }
            int inner = className.lastIndexOf('.');
            if (inner < 0) {
                return null;
            }
            className = className.substring(0, inner) + '$' + className.substring(inner + 1);
        }
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static Object enumConstant(Class<?> type, String name) {
        for (Object c : type.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
