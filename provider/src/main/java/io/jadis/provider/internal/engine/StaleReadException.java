package io.jadis.provider.internal.engine;

import jakarta.data.exceptions.OptimisticLockingFailureException;

/**
 * An entity that a transaction read changed before the transaction committed: a conflict the
 * transaction can resolve by running again, unlike a stale version the application supplied.
 */
public final class StaleReadException extends OptimisticLockingFailureException {
    private static final long serialVersionUID = 1L;

    public StaleReadException(String message) {
        super(message);
    }
}
