package io.jadis.api;

import java.util.List;

/**
 * Updates of several entities applied in one atomic step: every condition of every update is
 * checked before anything is written, so either all updates happen or none does.
 *
 * <pre>
 * atomic.batch()
 *       .with(atomic.on(Player.class, from).add("gold", -10).when("gold &gt;= 10"))
 *       .with(atomic.on(Player.class, to).add("gold", 10))
 *       .apply();
 * </pre>
 */
public interface AtomicBatch {

    /** Adds an update built with {@link Atomic#on}; it must not be applied on its own. */
    AtomicBatch with(AtomicUpdate<?> update);

    /**
     * Applies all updates in one step and returns the entities after them, in the order added.
     *
     * @throws ConditionNotMetException naming the first entity whose condition does not hold
     */
    List<Object> apply();
}
