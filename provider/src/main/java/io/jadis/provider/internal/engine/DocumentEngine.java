package io.jadis.provider.internal.engine;

import java.util.List;

/**
 * Stores entity documents in Redis. Every method is one atomic step on the server and one round
 * trip; a method that fails on a precondition (an existing id, a stale revision) has written
 * nothing. Revisions start at 1 and every write increments them in the same step.
 */
public interface DocumentEngine {

    /** {@code "native"} or {@code "portable"}. */
    String name();

    /**
     * Inserts documents that must not exist yet.
     *
     * @return the new revision of each document
     * @throws jakarta.data.exceptions.EntityExistsException naming the first id that exists
     */
    long[] insert(DocType type, List<DocWrite> docs);

    /**
     * Replaces documents that must exist (and have the expected revision, where one is given).
     *
     * @throws jakarta.data.exceptions.OptimisticLockingFailureException naming the first missing or stale id
     */
    long[] update(DocType type, List<DocWrite> docs);

    /** Inserts or replaces documents; a given expected revision is checked where a document exists. */
    long[] save(DocType type, List<DocWrite> docs);

    /**
     * Deletes documents that must exist (with the expected revision, where given).
     *
     * @throws jakarta.data.exceptions.OptimisticLockingFailureException naming the first missing or stale id
     */
    void delete(DocType type, List<DocRef> docs);

    /** Deletes the documents that exist among these ids; returns how many it deleted. */
    long deleteIds(DocType type, List<String> ids);

    /** Deletes every document of the type; returns how many it deleted. */
    long deleteAll(DocType type);

    /** The document with this id, or {@code null}. */
    StoredDoc get(DocType type, String id);

    /** The documents with these ids, {@code null} where there is none. */
    List<StoredDoc> getAll(DocType type, List<String> ids);

    boolean exists(DocType type, String id);

    long count(DocType type);

    /** Up to {@code limit} encoded ids after {@code after} (exclusive; {@code null} to start). */
    List<String> ids(DocType type, String after, int limit);
}
