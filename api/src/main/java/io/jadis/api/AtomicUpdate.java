package io.jadis.api;

import jakarta.data.metamodel.Attribute;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Operations on one entity, applied in order by the server in one atomic step when
 * {@link #apply()} is called. Building an update does nothing on the server; an update may be
 * applied once.
 *
 * <p>Numbers change exactly: integral attributes with integer arithmetic (overflow is an error,
 * never a wrap), {@code BigDecimal}/{@code BigInteger} with decimal arithmetic, {@code double}
 * and {@code float} as Java computes them.
 *
 * @param <T> the entity class
 */
public interface AtomicUpdate<T> {

    /** Adds {@code delta} to a number. */
    AtomicUpdate<T> add(String path, Number delta);

    /** Multiplies a number by {@code factor}. */
    AtomicUpdate<T> multiply(String path, Number factor);

    /** Sets a value (of any type the attribute can hold). */
    AtomicUpdate<T> set(String path, Object value);

    /** Sets a value to {@code null}. */
    AtomicUpdate<T> unset(String path);

    /** Appends values to the end of a list. */
    AtomicUpdate<T> append(String path, Object... values);

    /** Appends all values to the end of a list. */
    AtomicUpdate<T> appendAll(String path, Collection<?> values);

    /**
     * Appends a value to a list unless the list already holds an equal value (equal as stored: the
     * same JSON), like adding to a set.
     */
    AtomicUpdate<T> appendIfAbsent(String path, Object value);

    /** Inserts a value into a list before {@code index} (negative indexes count from the end). */
    AtomicUpdate<T> insert(String path, int index, Object value);

    /** Removes the first element of a list; on an empty list nothing changes and the popped value is {@code null}. */
    AtomicUpdate<T> popFirst(String path);

    /** Removes the last element of a list; on an empty list nothing changes and the popped value is {@code null}. */
    AtomicUpdate<T> popLast(String path);

    /** Removes the element at {@code index}; past the end nothing changes and the popped value is {@code null}. */
    AtomicUpdate<T> pop(String path, int index);

    /** Removes every element of a list equal to {@code value}. */
    AtomicUpdate<T> removeValue(String path, Object value);

    /** Keeps only the last {@code count} elements of a list (a bounded history). */
    AtomicUpdate<T> keepLast(String path, int count);

    /** Keeps only the first {@code count} elements of a list. */
    AtomicUpdate<T> keepFirst(String path, int count);

    /** Empties a list or a map. */
    AtomicUpdate<T> clear(String path);

    /** Puts an entry into a map. */
    AtomicUpdate<T> put(String path, Object key, Object value);

    /** Puts entries into a map. */
    AtomicUpdate<T> putAll(String path, Map<?, ?> entries);

    /** Removes an entry from a map. */
    AtomicUpdate<T> removeKey(String path, Object key);

    /** Appends text to a string. */
    AtomicUpdate<T> appendText(String path, String suffix);

    /** Flips a boolean. */
    AtomicUpdate<T> toggle(String path);

    /**
     * Sets the given attributes of an embedded object, leaving the others as they are. Keys are
     * attribute names of the embedded class.
     */
    AtomicUpdate<T> merge(String path, Map<String, ?> attributes);

    /**
     * Applies the update only if the entity satisfies a JDQL condition, checked in the same step:
     * {@code when("stock >= ?1 AND active = true", quantity)}. Several conditions must all hold.
     */
    AtomicUpdate<T> when(String condition, Object... arguments);

    /** Gives the entity a time to live from now, set in the same step (overrides the entity's default). */
    AtomicUpdate<T> expireAfter(Duration timeToLive);

    /** {@link #add(String, Number)} by static metamodel attribute. */
    default AtomicUpdate<T> add(Attribute<T> attribute, Number delta) {
        return add(attribute.name(), delta);
    }

    /** {@link #multiply(String, Number)} by static metamodel attribute. */
    default AtomicUpdate<T> multiply(Attribute<T> attribute, Number factor) {
        return multiply(attribute.name(), factor);
    }

    /** {@link #set(String, Object)} by static metamodel attribute. */
    default AtomicUpdate<T> set(Attribute<T> attribute, Object value) {
        return set(attribute.name(), value);
    }

    /** {@link #append(String, Object...)} by static metamodel attribute. */
    default AtomicUpdate<T> append(Attribute<T> attribute, Object... values) {
        return append(attribute.name(), values);
    }

    /** {@link #put(String, Object, Object)} by static metamodel attribute. */
    default AtomicUpdate<T> put(Attribute<T> attribute, Object key, Object value) {
        return put(attribute.name(), key, value);
    }

    /** {@link #keepLast(String, int)} by static metamodel attribute. */
    default AtomicUpdate<T> keepLast(Attribute<T> attribute, int count) {
        return keepLast(attribute.name(), count);
    }

    /**
     * Applies the operations in one atomic step and returns the entity as it is after them.
     *
     * @throws ConditionNotMetException if a {@link #when} condition does not hold (nothing is written)
     * @throws jakarta.data.exceptions.OptimisticLockingFailureException if the entity does not exist
     */
    T apply();

    /** Like {@link #apply()}, but an unmet condition gives an empty result instead of an exception. */
    Optional<T> tryApply();

    /**
     * Like {@link #apply()}, and also returns what each operation produced (popped elements).
     */
    AtomicResult<T> applyForResult();
}
