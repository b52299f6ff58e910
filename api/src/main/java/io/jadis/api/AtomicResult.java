package io.jadis.api;

import java.util.List;

/**
 * The outcome of an applied {@link AtomicUpdate}.
 *
 * @param entity the entity after the update
 * @param values one value per operation, in order: the popped element for pops ({@code null} when
 *               the list was empty), {@code null} for the other operations
 * @param <T>    the entity class
 */
public record AtomicResult<T>(T entity, List<Object> values) {
}
