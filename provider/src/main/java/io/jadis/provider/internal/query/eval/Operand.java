package io.jadis.provider.internal.query.eval;

/** A compiled scalar expression: its value for one entity and the call's arguments. */
@FunctionalInterface
public interface Operand {
    Object eval(Object entity, Object[] args);
}
