package io.jadis.provider.internal.query.parse;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number as written in JDQL, before its sign is known: {@code digits} without underscores or
 * suffix, {@code type} from the suffix and the presence of a fraction or exponent.
 */
record NumericLiteral(String digits, Type type) {

    enum Type {
        /** No suffix, no fraction: the narrowest of Integer, Long, BigInteger. */
        INTEGER,
        LONG, BIG_INTEGER, FLOAT, DOUBLE, BIG_DECIMAL
    }

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /**
     * The value, negated if {@code negative}, so that {@code -2147483648} is an Integer.
     *
     * @throws ArithmeticException naming the problem if the value is out of range for its type
     */
    Number value(boolean negative) {
        String text = negative ? "-" + digits : digits;
        return switch (type) {
            case INTEGER -> narrowest(new BigInteger(text));
            case LONG -> asLong(new BigInteger(text));
            case BIG_INTEGER -> new BigInteger(text);
            case FLOAT -> finite(Float.parseFloat(text), text);
            case DOUBLE -> finite(Double.parseDouble(text), text);
            case BIG_DECIMAL -> new BigDecimal(text);
        };
    }

    private static Number narrowest(BigInteger value) {
        if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
            return value.intValue();
        }
        if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return value.longValue();
        }
        return value;
    }

    private static Long asLong(BigInteger value) {
        if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
            throw new ArithmeticException("the long literal " + value + " is out of range");
        }
        return value.longValue();
    }

    private static Float finite(float value, String text) {
        if (Float.isInfinite(value)) {
            throw new ArithmeticException("the float literal " + text + " is out of range");
        }
        return value;
    }

    private static Double finite(double value, String text) {
        if (Double.isInfinite(value)) {
            throw new ArithmeticException("the double literal " + text + " is out of range");
        }
        return value;
    }
}
