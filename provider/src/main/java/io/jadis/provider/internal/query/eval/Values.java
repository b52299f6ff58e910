package io.jadis.provider.internal.query.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * How queries compare values on the Java side: numbers numerically whatever their types
 * ({@code BigDecimal} exactly), enums by ordinal (or by name against text), {@code char} against
 * one-character strings, strings as Java orders them, {@code false < true}, other comparables by
 * their own order.
 */
public final class Values {
    private Values() {
    }

    /** Whether two non-null values are equal in the query's sense. */
    public static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y) == 0;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof Enum<?> || b instanceof Enum<?> || a instanceof Character || b instanceof Character) {
            return compare(a, b) == 0;
        }
        return a.equals(b);
    }

    /** Orders two non-null values; fails when they cannot be compared. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y);
        }
        if (a instanceof Enum<?> e) {
            return compareEnum(e, b, false);
        }
        if (b instanceof Enum<?> e) {
            return compareEnum(e, a, true);
        }
        if (a instanceof Character || b instanceof Character) {
            return text(a).compareTo(text(b));
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        if (a instanceof Comparable c && (a.getClass().isInstance(b) || b.getClass().isInstance(a))) {
            return c.compareTo(b);
        }
        throw new IllegalArgumentException("Cannot compare " + a.getClass().getSimpleName() + " " + a
                + " with " + b.getClass().getSimpleName() + " " + b);
    }

    private static int compareEnum(Enum<?> e, Object other, boolean reversed) {
        int result;
        if (other instanceof Enum<?> o) {
            result = Integer.compare(e.ordinal(), o.ordinal());
        } else if (other instanceof String s) {
            result = Integer.compare(e.ordinal(), constant(e.getDeclaringClass(), s).ordinal());
        } else {
            throw new IllegalArgumentException("Cannot compare enum " + e + " with " + other);
        }
        return reversed ? -result : result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> constant(Class<? extends Enum> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no constant " + name, e);
        }
    }

    private static String text(Object o) {
        return o instanceof Character c ? String.valueOf(c.charValue()) : o.toString();
    }

    /**
     * Compares numbers by value. A {@code float} or {@code double} counts as the decimal Java prints
     * for it (and JSON holds), so that {@code 0.1f}, {@code 0.1d} and {@code BigDecimal 0.1} are equal,
     * as the server-side interpreter finds them.
     */
    public static int compareNumbers(Number a, Number b) {
        if (isIntegral(a) && isIntegral(b)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (a instanceof Double && b instanceof Double || isSpecial(a) || isSpecial(b)) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return decimal(a).compareTo(decimal(b));
    }

    /** The decimal value of a number; a {@code float} or {@code double} as Java prints it. */
    public static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Float f) {
            return new BigDecimal(f.toString());
        }
        if (n instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        return BigDecimal.valueOf(n.longValue());
    }

    public static boolean isIntegral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    public static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    private static boolean isSpecial(Number n) {
        return isFloating(n) && (Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue()));
    }

    /** Upper case as queries mean it for {@code IgnoreCase} and {@code UPPER} (see {@link CaseMapping}). */
    public static String upper(Object s) {
        return CaseMapping.upper(text(s));
    }

    public static String lower(Object s) {
        return CaseMapping.lower(text(s));
    }
}
