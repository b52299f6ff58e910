package io.jadis.provider.internal.engine;

/**
 * A stored document named by id, with the revision it must have ({@link DocWrite#ANY_REVISION}
 * when any will do).
 */
public record DocRef(String id, long expectedRevision) {
}
