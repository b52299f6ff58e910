package io.jadis.api;

/**
 * A lock was not obtained within the allowed wait. Nothing stays locked: locks already obtained for
 * the same request were released. The message names the entity and the wait.
 */
public class LockTimeoutException extends JadisException {
    private static final long serialVersionUID = 1L;

    public LockTimeoutException(String message) {
        super(message);
    }
}
