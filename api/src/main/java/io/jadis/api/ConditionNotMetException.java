package io.jadis.api;

/**
 * An atomic update's condition did not hold, so nothing was written. The message names the
 * entity, its id and the condition.
 */
public class ConditionNotMetException extends JadisException {
    private static final long serialVersionUID = 1L;

    public ConditionNotMetException(String message) {
        super(message);
    }
}
