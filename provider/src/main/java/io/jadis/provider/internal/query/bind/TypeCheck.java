package io.jadis.provider.internal.query.bind;

import jakarta.data.exceptions.MappingException;

/**
 * Checks, when a query is bound, that the operands of a comparison can be compared the way queries
 * compare values (see {@code eval.Values}): numbers with numbers, text with text or characters,
 * enums with enums of their type or with constant names, other values with values of their type.
 * A type known only at run time ({@code Object}) passes.
 */
public final class TypeCheck {
    private TypeCheck() {
    }

    /** Fails with a {@link MappingException} naming both operands unless they can be compared. */
    public static void comparable(Term a, Term b) {
        if (!comparable(a.type(), b.type())) {
            throw mismatch(a, b);
        }
    }

    /** Like {@link #comparable(Term, Term)} for an IN item: a collection argument stands for its elements. */
    static void element(Term value, Term item) {
        Class<?> type = item.type();
        if (item instanceof Term.Argument && Iterable.class.isAssignableFrom(type)) {
            return;
        }
        if (item instanceof Term.Argument && type.isArray() && type != byte[].class) {
            if (!comparable(value.type(), Term.box(type.getComponentType()))) {
                throw mismatch(value, item);
            }
            return;
        }
        comparable(value, item);
    }

    static boolean comparable(Class<?> x, Class<?> y) {
        Class<?> a = Term.box(x);
        Class<?> b = Term.box(y);
        if (a == Object.class || b == Object.class || a.isAssignableFrom(b) || b.isAssignableFrom(a)) {
            return true;
        }
        if (Number.class.isAssignableFrom(a) && Number.class.isAssignableFrom(b)) {
            return true;
        }
        if (isText(a) && isText(b)) {
            return true;
        }
        return a.isEnum() && b == String.class || b.isEnum() && a == String.class;
    }

    static boolean isText(Class<?> type) {
        return CharSequence.class.isAssignableFrom(type) || type == Character.class;
    }

    private static MappingException mismatch(Term a, Term b) {
        return new MappingException("cannot compare " + describe(a) + " (" + a.type().getSimpleName() + ") with "
                + describe(b) + " (" + b.type().getSimpleName() + ")");
    }

    static String describe(Term t) {
        if (t instanceof Term.Attr a) {
            return "attribute " + a.path().name();
        }
        if (t instanceof Term.Argument arg) {
            return "parameter " + arg.label();
        }
        return t instanceof Term.Constant c ? "the literal " + c.value() : "the expression";
    }
}
