package io.jadis.provider.internal.tx;

import io.jadis.provider.internal.engine.DocWrite;
import io.jadis.provider.internal.engine.DocumentEngine.TxEntry;
import io.jadis.provider.internal.program.Program;
import io.jadis.provider.internal.runtime.EntityStore;

/**
 * What a transaction knows and has buffered about one entity: the revision it read (and the
 * document), and the write it will commit — a replacement, a deletion, atomic updates — with the
 * revision the entity will have after the commit.
 */
final class TxEntity {
    final EntityStore store;
    final String id;
    long readRevision = TxEntry.NOT_READ;
    String readJson;
    String writeMode;
    String[] texts;
    long expectedRevision = DocWrite.ANY_REVISION;
    boolean deleted;
    boolean strictDelete;
    Program program;
    /** The revision the entity will have after the commit, when the transaction can know it (else -1). */
    long predicted = -1;

    TxEntity(EntityStore store, String id) {
        this.store = store;
        this.id = id;
    }

    boolean wasRead() {
        return readRevision != TxEntry.NOT_READ;
    }

    boolean hasWrite() {
        return texts != null || deleted || program != null;
    }

    /** Whether the entity exists as the transaction sees it, or null when it does not know. */
    Boolean exists() {
        if (deleted) {
            return false;
        }
        if (texts != null) {
            return true;
        }
        if (wasRead()) {
            return readRevision != TxEntry.ABSENT;
        }
        return null;
    }

    /** The revision the entity has before the commit, as far as the transaction knows (-1 if unknown). */
    long baseRevision() {
        if (wasRead()) {
            return readRevision == TxEntry.ABSENT ? 0 : readRevision;
        }
        return expectedRevision;
    }

    TxEntry entry() {
        return new TxEntry(store.docType(), id, readRevision, writeMode, texts, expectedRevision, deleted,
                strictDelete, program);
    }
}
