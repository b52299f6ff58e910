package io.jadis.api;

/**
 * Atomic updates: changes that the server applies to the current state of an entity in one step,
 * so that concurrent callers never lose each other's changes and no value is computed on the
 * client.
 *
 * <pre>
 * Player p = atomic.on(Player.class, id)
 *         .add("score", 100)
 *         .add("wins", 1)
 *         .append("achievements", Achievement.FIRST_WIN)
 *         .put("metadata", "lastWin", now.toString())
 *         .apply();                       // one atomic step; returns the new state
 *
 * Optional&lt;Product&gt; sold = atomic.on(Product.class, sku)
 *         .add("stock", -1)
 *         .when("stock &gt; 0")            // checked in the same step
 *         .tryApply();
 * </pre>
 *
 * <p>Paths name attributes by their Java names: {@code stats.wins} for an attribute of an
 * embedded object, {@code achievements[0]} (or {@code [-1]}, the last) for a list element,
 * {@code metadata["any key"]} for a map value (JSON string syntax inside the brackets, so any key
 * can be written). Paths and value types are checked against the entity model the first time an
 * update is built, with an error naming the entity and the path.
 */
public interface Atomic {

    /** Starts an update of the entity of this class with this id. */
    <T> AtomicUpdate<T> on(Class<T> entityClass, Object id);

    /** Starts an update of the stored entity with the id of {@code entity} (its other values are ignored). */
    <T> AtomicUpdate<T> on(T entity);

    /** Groups updates of several entities into one atomic step. */
    AtomicBatch batch();
}
