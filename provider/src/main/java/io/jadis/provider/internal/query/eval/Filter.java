package io.jadis.provider.internal.query.eval;

/** A compiled restriction: whether one entity satisfies it, given the call's arguments. */
@FunctionalInterface
public interface Filter {
    Filter ALL = (entity, args) -> true;

    boolean test(Object entity, Object[] args);
}
