package io.jadis.provider.internal.engine;

/**
 * One document to write.
 *
 * @param id               the encoded id
 * @param expectedRevision the revision the stored document must have, or {@link #ANY_REVISION}
 * @param texts            the JSON text of each top-level attribute, in {@link DocType} order
 */
public record DocWrite(String id, long expectedRevision, String[] texts) {
    public static final long ANY_REVISION = -1;
}
