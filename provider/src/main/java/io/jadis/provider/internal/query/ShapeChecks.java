package io.jadis.provider.internal.query;

import jakarta.data.exceptions.MappingException;

/** Checks, when a method is planned, that its return type suits what its query produces. */
final class ShapeChecks {
    private ShapeChecks() {
    }

    /** A find returns what its query selects; a count returns a number; an exists a boolean. */
    static void select(MethodSignature signature, SelectPlan.Mode mode, Class<?> resultType) {
        ResultShape shape = signature.shape;
        boolean ok = switch (mode) {
            case COUNT -> shape == ResultShape.COUNT_LONG || shape == ResultShape.COUNT_INT
                    || (signature.elementType == Long.class || signature.elementType == long.class)
                    && (shape == ResultShape.SINGLE || shape == ResultShape.OPTIONAL || shape == ResultShape.LIST);
            case EXISTS -> shape == ResultShape.BOOLEAN;
            case ENTITIES -> shape != ResultShape.VOID && shape != ResultShape.BOOLEAN
                    && shape != ResultShape.COUNT_LONG && shape != ResultShape.COUNT_INT
                    || box(resultType) == box(signature.elementType);
        };
        if (!ok) {
            throw new MappingException("a " + mode.name().toLowerCase(java.util.Locale.ROOT)
                    + " query cannot return " + signature.method.getGenericReturnType().getTypeName());
        }
        if (mode == SelectPlan.Mode.ENTITIES && !box(signature.elementType).isAssignableFrom(box(resultType))) {
            throw new MappingException("the query returns " + resultType.getSimpleName()
                    + " but the method returns " + signature.method.getGenericReturnType().getTypeName());
        }
    }

    /** An UPDATE or DELETE takes no special parameters and returns void or how many entities it changed. */
    static void write(MethodSignature signature) {
        if (signature.hasSpecials()) {
            throw new MappingException("delete and update queries cannot take Limit, Sort, Order or PageRequest");
        }
        ResultShape shape = signature.shape;
        if (shape != ResultShape.VOID && shape != ResultShape.COUNT_LONG && shape != ResultShape.COUNT_INT
                && shape != ResultShape.BOOLEAN) {
            throw new MappingException("delete and update queries return void, int, long or boolean, not "
                    + signature.method.getGenericReturnType().getTypeName());
        }
    }

    private static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }
}
