package io.jadis.provider.internal.engine;

/**
 * One entry point of a {@link ScriptLibrary}, called with FCALL (or FCALL_RO when it only reads).
 *
 * @param library  the library that defines it, loaded again when the server has lost it
 * @param function the function's name on the server
 */
public record Script(ScriptLibrary library, String function) {

    /** The name of the variant flagged {@code no-writes}, which FCALL_RO accepts. */
    public String readOnlyFunction() {
        return function + "_ro";
    }
}
