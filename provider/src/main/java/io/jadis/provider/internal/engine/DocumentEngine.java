package io.jadis.provider.internal.engine;

import io.jadis.provider.internal.program.Program;

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

    /**
     * Runs programs on documents, of one type or several, in one atomic step. Every target must exist
     * and meet its program's condition, or nothing is written.
     *
     * @return each target's new state and its operations' values, in target order
     * @throws jakarta.data.exceptions.OptimisticLockingFailureException naming the first missing id
     * @throws io.jadis.api.ConditionNotMetException naming the first id whose condition does not hold
     */
    List<Applied> applyAll(List<Target> targets);

    /**
     * Runs one program on each of these documents that exists and meets its condition, in one atomic
     * step; returns how many documents it changed or deleted.
     */
    long applyEach(DocType type, Program program, List<String> ids);

    /**
     * Commits a transaction in one atomic step: checks that every entity it read still has the
     * revision it read and every write's precondition, then applies every write and program, or
     * nothing at all.
     *
     * @return each entry's revision after the commit (0 when deleted or absent)
     * @throws jakarta.data.exceptions.OptimisticLockingFailureException naming the first entry that changed
     */
    long[] commit(List<TxEntry> entries);

    /** The documents as a commit of these entries would leave them ({@code null} where deleted), writing nothing. */
    List<StoredDoc> preview(List<TxEntry> entries);

    /**
     * What a transaction does to one document.
     *
     * @param readRevision     the revision it read, {@link #ABSENT} if it read that there was none,
     *                         {@link #NOT_READ} if it did not read it
     * @param writeMode        {@code insert}, {@code update} or {@code save} when {@code texts} replace the document
     * @param texts            the new attribute texts, or {@code null}
     * @param expectedRevision the version a versioned write expects, or {@link DocWrite#ANY_REVISION}
     * @param delete           whether the document is deleted
     * @param strictDelete     whether a delete requires the document to exist
     * @param program          atomic updates applied after the write, or {@code null}
     */
    record TxEntry(DocType type, String id, long readRevision, String writeMode, String[] texts,
                   long expectedRevision, boolean delete, boolean strictDelete, Program program) {
        public static final long NOT_READ = -1;
        public static final long ABSENT = -2;
    }

    /** A program to run on the document of this type with this encoded id. */
    record Target(DocType type, String id, Program program) {
    }

    /**
     * Encoded ids from an index in its order (see index-range.lua for the bounds), or {@code null}
     * when the index is not (or no longer) registered and ready.
     *
     * @param count how many ids per range, -1 for all
     */
    List<String> indexRange(DocType type, String index, boolean text, boolean descending, long offset, int count,
                            List<String[]> ranges);

    /**
     * Like {@link #indexRange}, and reads the documents in the same atomic step, so that a page of
     * an index and its documents are one consistent state ({@code null} where a document is gone).
     */
    List<StoredDoc> indexPage(DocType type, String index, boolean text, boolean descending, long offset, int count,
                              List<String[]> ranges);

    /** Adds the documents with these encoded ids to the index named {@code index}; returns how many. */
    long buildIndex(DocType type, String index, List<String> ids);

    /** A document after a program ran on it, and the values its operations produced. */
    record Applied(StoredDoc doc, List<Object> values) {
    }
}
