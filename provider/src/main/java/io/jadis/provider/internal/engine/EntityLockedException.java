package io.jadis.provider.internal.engine;

import java.util.List;

/**
 * A write function refused to write because another owner holds the lock of entities it would
 * change; it wrote nothing. The caller waits for those locks (or takes them) and sends it again.
 */
public final class EntityLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A held lock: its key, and the entity it guards as messages name it ("Player with id p13"). */
    public record Locked(String key, String entity) {
    }

    private final transient List<Locked> locks;

    EntityLockedException(List<Locked> locks) {
        super("Locked by another owner: " + locks, null, false, false);
        this.locks = locks;
    }

    public List<Locked> locks() {
        return locks;
    }
}
