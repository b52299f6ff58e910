package io.jadis.provider.internal.query.ast;

import java.util.List;

/** A restriction of a query, as parsed. */
public sealed interface Condition {

    /** Every operand holds. */
    record And(List<Condition> operands) implements Condition {
        public And {
            operands = List.copyOf(operands);
        }
    }

    /** At least one operand holds. */
    record Or(List<Condition> operands) implements Condition {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    record Not(Condition operand) implements Condition {
    }

    /** {@code left op right}. */
    record Compare(Expr left, Operator op, Expr right) implements Condition {
    }

    enum Operator {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The operator that says the same with its operands swapped: {@code a < b} is {@code b > a}. */
        public Operator mirrored() {
            return switch (this) {
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
                default -> this;
            };
        }
    }

    /** {@code value [NOT] BETWEEN low AND high}, inclusive. */
    record Between(Expr value, Expr low, Expr high, boolean negated) implements Condition {
    }

    /**
     * {@code value [NOT] IN (items...)}. A method-name {@code In} has one item, a parameter whose
     * argument is a collection or array.
     */
    record In(Expr value, List<Expr> items, boolean negated) implements Condition {
        public In {
            items = List.copyOf(items);
        }
    }

    /** {@code value [NOT] LIKE pattern}: {@code %} any sequence, {@code _} any one character. */
    record Like(Expr value, Expr pattern, boolean negated) implements Condition {
    }

    /**
     * Method-name {@code StartsWith}, {@code EndsWith}, {@code Contains}: the argument is matched
     * literally at the start, at the end or anywhere.
     */
    record Text(Expr value, TextMatch match, Expr argument, boolean negated) implements Condition {
    }

    enum TextMatch { STARTS_WITH, ENDS_WITH, CONTAINS }

    /** {@code value IS [NOT] NULL}. */
    record IsNull(Expr value, boolean negated) implements Condition {
    }
}
