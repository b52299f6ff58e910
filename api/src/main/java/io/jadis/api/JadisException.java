package io.jadis.api;

import jakarta.data.exceptions.DataException;

/**
 * A failure specific to Jadis that no Jakarta Data exception describes, for example a Redis key
 * that holds data Jadis did not write. The message names the key, entity or attribute involved.
 */
public class JadisException extends DataException {
    private static final long serialVersionUID = 1L;

    public JadisException(String message) {
        super(message);
    }

    public JadisException(String message, Throwable cause) {
        super(message, cause);
    }
}
