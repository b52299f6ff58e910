package io.jadis.provider.internal.query.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The numeric operators of queries with the promotion rules of Jakarta Persistence 4.7: double,
 * then float, BigDecimal, BigInteger, long, int. Integer results that overflow are errors, never
 * silent wraps.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    public static Number apply(char op, Number a, Number b) {
        if (a instanceof Double || b instanceof Double) {
            return doubles(op, a.doubleValue(), b.doubleValue());
        }
        if (a instanceof Float || b instanceof Float) {
            return (float) doubles(op, a.floatValue(), b.floatValue());
        }
        if (a instanceof BigDecimal || b instanceof BigDecimal) {
            return decimals(op, Values.decimal(a), Values.decimal(b));
        }
        if (a instanceof BigInteger || b instanceof BigInteger) {
            return integers(op, big(a), big(b));
        }
        if (a instanceof Long || b instanceof Long) {
            return longs(op, a.longValue(), b.longValue());
        }
        return Math.toIntExact(longs(op, a.longValue(), b.longValue()));
    }

    public static Number negate(Number n) {
        if (n instanceof Double d) {
            return -d;
        }
        if (n instanceof Float f) {
            return -f;
        }
        if (n instanceof BigDecimal d) {
            return d.negate();
        }
        if (n instanceof BigInteger i) {
            return i.negate();
        }
        if (n instanceof Long l) {
            return Math.negateExact(l);
        }
        return Math.negateExact(n.intValue());
    }

    public static Number abs(Number n) {
        return Values.compareNumbers(n, 0) < 0 ? negate(n) : n;
    }

    private static double doubles(char op, double a, double b) {
        return switch (op) {
            case '+' -> a + b;
            case '-' -> a - b;
            case '*' -> a * b;
            default -> a / b;
        };
    }

    private static BigDecimal decimals(char op, BigDecimal a, BigDecimal b) {
        return switch (op) {
            case '+' -> a.add(b);
            case '-' -> a.subtract(b);
            case '*' -> a.multiply(b);
            default -> a.divide(b, MathContext.DECIMAL128);
        };
    }

    private static BigInteger integers(char op, BigInteger a, BigInteger b) {
        return switch (op) {
            case '+' -> a.add(b);
            case '-' -> a.subtract(b);
            case '*' -> a.multiply(b);
            default -> a.divide(b);
        };
    }

    private static long longs(char op, long a, long b) {
        return switch (op) {
            case '+' -> Math.addExact(a, b);
            case '-' -> Math.subtractExact(a, b);
            case '*' -> Math.multiplyExact(a, b);
            default -> a / b;
        };
    }

    private static BigInteger big(Number n) {
        return n instanceof BigInteger i ? i : BigInteger.valueOf(n.longValue());
    }
}
