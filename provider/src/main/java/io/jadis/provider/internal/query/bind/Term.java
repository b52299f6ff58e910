package io.jadis.provider.internal.query.bind;

import io.jadis.provider.internal.query.ast.Expr;

import java.util.List;

/**
 * A scalar expression bound to an entity and a method: attributes resolved, parameters mapped to
 * argument positions, literals typed. Both the Java evaluator and the server-side compiler start
 * from here.
 */
public sealed interface Term {

    /** The Java type the term evaluates to ({@code Object} when unknown until run time). */
    Class<?> type();

    record Attr(AttributePath path) implements Term {
        @Override
        public Class<?> type() {
            return box(path.type());
        }
    }

    record Constant(Object value) implements Term {
        @Override
        public Class<?> type() {
            return value == null ? Object.class : value.getClass();
        }
    }

    /**
     * The argument at {@code index} of the call. {@code label} names it in messages
     * ({@code ?1}, {@code :name} or the parameter name).
     */
    record Argument(int index, Class<?> type, String label) implements Term {
        public Argument {
            type = box(type);
        }
    }

    record Now(Expr.Special kind) implements Term {
        @Override
        public Class<?> type() {
            return switch (kind) {
                case LOCAL_DATE -> java.time.LocalDate.class;
                case LOCAL_TIME -> java.time.LocalTime.class;
                case LOCAL_DATETIME -> java.time.LocalDateTime.class;
            };
        }
    }

    record Arithmetic(char op, Term left, Term right, Class<?> type) implements Term {
    }

    record Negate(Term operand) implements Term {
        @Override
        public Class<?> type() {
            return operand.type();
        }
    }

    record Concat(Term left, Term right) implements Term {
        @Override
        public Class<?> type() {
            return String.class;
        }
    }

    record Call(Expr.Function function, List<Term> arguments, Class<?> type) implements Term {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == char.class) {
            return Character.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        return type == byte.class ? Byte.class : Void.class;
    }
}
