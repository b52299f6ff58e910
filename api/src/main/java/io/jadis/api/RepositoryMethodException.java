package io.jadis.api;

import jakarta.data.exceptions.MappingException;

/**
 * A repository method Jadis cannot implement: a query that does not parse, names an attribute the
 * entity does not have, takes the wrong parameters or returns a type the query cannot produce.
 * Raised when the repository is created; the message names the repository, the method and the
 * reason (for a query, the position in it).
 */
public class RepositoryMethodException extends MappingException {
    private static final long serialVersionUID = 1L;

    public RepositoryMethodException(String message, Throwable cause) {
        super(message, cause);
    }
}
