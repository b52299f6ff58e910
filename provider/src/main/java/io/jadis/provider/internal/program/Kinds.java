package io.jadis.provider.internal.program;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

/**
 * How the server-side interpreter treats values of a Java type: how to read and compare them
 * ({@link #valueKind}), which arithmetic applies ({@link #arithmetic}) and how a result is written
 * back as JSON ({@link #jsonForm}).
 */
public final class Kinds {
    private Kinds() {
    }

    /** {@code n} number, {@code b} boolean, {@code t} date/time, {@code s} text (strings, chars, enums, UUIDs). */
    public static String valueKind(Class<?> type) {
        Class<?> t = box(type);
        if (Number.class.isAssignableFrom(t)) {
            return "n";
        }
        if (t == Boolean.class) {
            return "b";
        }
        if (Temporal.class.isAssignableFrom(t) || TemporalAccessor.class.isAssignableFrom(t)) {
            return "t";
        }
        return "s";
    }

    /** {@code int}, {@code long}, {@code short}, {@code byte}, {@code big}, {@code dec} or {@code dbl}; null if not a number. */
    public static String arithmetic(Class<?> type) {
        Class<?> t = box(type);
        if (t == Integer.class) {
            return "int";
        }
        if (t == Long.class) {
            return "long";
        }
        if (t == Short.class) {
            return "short";
        }
        if (t == Byte.class) {
            return "byte";
        }
        if (t == BigInteger.class) {
            return "big";
        }
        if (t == Double.class || t == Float.class) {
            return "dbl";
        }
        if (t == BigDecimal.class || t == Number.class) {
            return "dec";
        }
        return null;
    }

    /** {@code num}, {@code qnum} (a number Jadis keeps as a JSON string), {@code bool} or {@code str}. */
    public static String jsonForm(Class<?> type) {
        Class<?> t = box(type);
        if (t == BigDecimal.class || t == BigInteger.class) {
            return "qnum";
        }
        if (Number.class.isAssignableFrom(t)) {
            return "num";
        }
        return t == Boolean.class ? "bool" : "str";
    }

    public static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }
}
