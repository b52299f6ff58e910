package io.jadis.provider.internal.query.ast;

import java.util.List;

/**
 * A scalar expression of a query, as parsed: paths are still names, not attributes, and
 * parameters are still placeholders. {@code position} is the 0-based offset in the query text
 * (or, for queries from method names, in the method name) where the expression starts.
 */
public sealed interface Expr {

    int position();

    /**
     * A dotted name: an attribute path ({@code address.city}), or — decided when the query is
     * bound to its entity — a fully-qualified enum constant. Method-name queries give the raw
     * segments between {@code _} delimiters ({@code AddressZipCode} → one name), which binding
     * resolves ignoring case.
     */
    record Path(List<String> names, int position) implements Expr {
        public Path {
            names = List.copyOf(names);
        }

        public String dotted() {
            return String.join(".", names);
        }
    }

    /** A literal: String, Integer, Long, Float, Double, BigInteger, BigDecimal or Boolean. */
    record Literal(Object value, int position) implements Expr {
    }

    /** {@code ?1} (name {@code null}) or {@code :name} (index 0). */
    record Param(int index, String name, int position) implements Expr {
        public boolean named() {
            return name != null;
        }
    }

    /** {@code LOCAL DATE}, {@code LOCAL TIME}, {@code LOCAL DATETIME}: the current value when run. */
    record Now(Special kind, int position) implements Expr {
    }

    enum Special { LOCAL_DATE, LOCAL_TIME, LOCAL_DATETIME }

    /** {@code left op right} for {@code + - * /}. */
    record Arithmetic(Expr left, char op, Expr right, int position) implements Expr {
    }

    /** Unary minus. */
    record Negate(Expr operand, int position) implements Expr {
    }

    /** {@code left || right}. */
    record Concat(Expr left, Expr right, int position) implements Expr {
    }

    /** {@code ABS}, {@code LENGTH}, {@code LOWER}, {@code UPPER}, {@code LEFT}, {@code RIGHT}. */
    record Call(Function function, List<Expr> arguments, int position) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    enum Function { ABS, LENGTH, LOWER, UPPER, LEFT, RIGHT }
}
