package io.jadis.provider.internal.lock;

import io.jadis.api.LockTimeoutException;
import io.jadis.provider.internal.engine.DocRef;
import io.jadis.provider.internal.engine.DocType;
import io.jadis.provider.internal.engine.DocWrite;
import io.jadis.provider.internal.engine.DocumentEngine;
import io.jadis.provider.internal.engine.EntityLockedException;
import io.jadis.provider.internal.engine.RedisAccess;
import io.jadis.provider.internal.engine.StoredDoc;
import io.jadis.provider.internal.program.Program;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The engine as single-step writers use it: a write that finds an entity locked by another owner
 * (the server refuses it, having written nothing) waits for the lock and is sent again, for at most
 * the lock wait. Reads pass straight through, as do commits: a transaction takes the locks it meets
 * as part of its own lock order.
 *
 * <p>A waiting writer first only retries, after short random pauses, so that when a lock is
 * released every writer that waited for it goes through at once instead of queueing for the lock.
 * A writer still refused after those pauses queues for the lock like a lock holder, writes while
 * holding it, and releases it: lock holders that follow each other cannot starve it.
 */
public final class LockingEngine implements DocumentEngine {
    /** How often a writer retries after a pause before it queues for the locks. */
    private static final int RETRIES = 5;
    private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final DocumentEngine engine;
    private final RedisAccess redis;
    private final Turns turns;
    private final Duration wait;

    public LockingEngine(DocumentEngine engine, RedisAccess redis, Turns turns, Duration wait) {
        this.engine = engine;
        this.redis = redis;
        this.turns = turns;
        this.wait = wait;
    }

    private <T> T honouring(Supplier<T> write) {
        long deadline = 0;
        long pause = FIRST_PAUSE_NANOS;
        LockSet queued = null;
        try {
            for (int refusals = 1; ; refusals++) {
                try {
                    return write.get();
                } catch (EntityLockedException e) {
                    long now = System.nanoTime();
                    if (deadline == 0) {
                        deadline = now + wait.toNanos();
                    }
                    if (refusals <= RETRIES) {
                        if (now >= deadline) {
                            throw new LockTimeoutException(timeout(e.locks().get(0).entity(), wait));
                        }
                        LockSupport.parkNanos(Math.min(deadline - now,
                                pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1)));
                        pause *= 2;
                        continue;
                    }
                    if (queued == null) {
                        queued = new LockSet(redis, turns, wait, LockingEngine::timeout);
                    }
                    for (EntityLockedException.Locked locked : e.locks()) {
                        queued.lock(locked.key(), locked.entity(), deadline);
                    }
                }
            }
        } finally {
            if (queued != null) {
                queued.releaseAll();
            }
        }
    }

    private static String timeout(String entity, Duration wait) {
        return entity + " stayed locked by another owner for " + wait.toMillis()
                + " ms (jadis.lock-wait); nothing was written";
    }

    @Override
    public String name() {
        return engine.name();
    }

    @Override
    public long[] insert(DocType type, List<DocWrite> docs) {
        return honouring(() -> engine.insert(type, docs));
    }

    @Override
    public long[] update(DocType type, List<DocWrite> docs) {
        return honouring(() -> engine.update(type, docs));
    }

    @Override
    public long[] save(DocType type, List<DocWrite> docs) {
        return honouring(() -> engine.save(type, docs));
    }

    @Override
    public void delete(DocType type, List<DocRef> docs) {
        honouring(() -> {
            engine.delete(type, docs);
            return null;
        });
    }

    @Override
    public long deleteIds(DocType type, List<String> ids) {
        return honouring(() -> engine.deleteIds(type, ids));
    }

    @Override
    public long deleteAll(DocType type) {
        return honouring(() -> engine.deleteAll(type));
    }

    @Override
    public List<Applied> applyAll(List<Target> targets) {
        return honouring(() -> engine.applyAll(targets));
    }

    @Override
    public long applyEach(DocType type, Program program, List<String> ids) {
        return honouring(() -> engine.applyEach(type, program, ids));
    }

    /** Passed through: a refusal reaches the transaction, which takes the lock in its own order. */
    @Override
    public long[] commit(List<TxEntry> entries) {
        return engine.commit(entries);
    }

    @Override
    public List<StoredDoc> preview(List<TxEntry> entries) {
        return engine.preview(entries);
    }

    @Override
    public StoredDoc get(DocType type, String id) {
        return engine.get(type, id);
    }

    @Override
    public List<StoredDoc> getAll(DocType type, List<String> ids) {
        return engine.getAll(type, ids);
    }

    @Override
    public boolean exists(DocType type, String id) {
        return engine.exists(type, id);
    }

    @Override
    public long count(DocType type) {
        return engine.count(type);
    }

    @Override
    public List<String> ids(DocType type, String after, int limit) {
        return engine.ids(type, after, limit);
    }

    @Override
    public List<String> indexRange(DocType type, String index, boolean text, boolean descending, long offset,
                                   int count, List<String[]> ranges) {
        return engine.indexRange(type, index, text, descending, offset, count, ranges);
    }

    @Override
    public List<StoredDoc> indexPage(DocType type, String index, boolean text, boolean descending, long offset,
                                     int count, List<String[]> ranges) {
        return engine.indexPage(type, index, text, descending, offset, count, ranges);
    }

    @Override
    public long buildIndex(DocType type, String index, List<String> ids) {
        return engine.buildIndex(type, index, ids);
    }
}
