package io.jadis.provider.internal.engine;

import org.redisson.client.codec.StringCodec;

import java.util.ArrayList;
import java.util.List;

/**
 * What both engines share: the scripts that check and write whole documents, delete them and
 * page through the id registry. An engine supplies its Lua primitives (a library defining
 * {@code jadis_revision}, {@code jadis_store} and {@code jadis_set_revision}) and how a document
 * becomes script arguments and comes back.
 */
public abstract class ScriptedEngine implements DocumentEngine {
    private static final Script IDS = Script.load(DocumentEngine.class, "shared/ids.lua");
    private static final Script DELETE_ALL = Script.load(DocumentEngine.class, "shared/delete-all.lua");

    protected final RedisAccess redis;
    private final Script write;
    private final Script delete;

    protected ScriptedEngine(RedisAccess redis, String library) {
        this.redis = redis;
        this.write = Script.load(DocumentEngine.class, library, "shared/write.lua");
        this.delete = Script.load(DocumentEngine.class, library, "shared/delete.lua");
    }

    /** Where the engine's scripts find the revision of this type's documents. */
    protected abstract String revisionAt(DocType type);

    /** The script arguments that carry one document's attribute texts. */
    protected abstract List<String> values(DocType type, String[] texts);

    @Override
    public long[] insert(DocType type, List<DocWrite> docs) {
        return write("insert", type, docs);
    }

    @Override
    public long[] update(DocType type, List<DocWrite> docs) {
        return write("update", type, docs);
    }

    @Override
    public long[] save(DocType type, List<DocWrite> docs) {
        return write("save", type, docs);
    }

    private long[] write(String mode, DocType type, List<DocWrite> docs) {
        List<Object> keys = new ArrayList<>(docs.size() + 1);
        keys.add(type.keys().ids());
        List<Object> args = new ArrayList<>(docs.size() * 24);
        args.add(mode);
        args.add(revisionAt(type));
        args.add(Integer.toString(docs.size()));
        List<String> ids = new ArrayList<>(docs.size());
        for (DocWrite doc : docs) {
            keys.add(type.keys().key(doc.id()));
            ids.add(doc.id());
            List<String> values = values(type, doc.texts());
            args.add(doc.id());
            args.add(revision(doc.expectedRevision()));
            args.add(Integer.toString(values.size()));
            args.addAll(values);
        }
        List<Object> revisions = Outcomes.check(redis.write(write, keys, args.toArray()), type, ids);
        long[] out = new long[revisions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) revisions.get(i)).longValue();
        }
        return out;
    }

    @Override
    public void delete(DocType type, List<DocRef> docs) {
        runDelete(type, docs, true);
    }

    @Override
    public long deleteIds(DocType type, List<String> ids) {
        List<DocRef> refs = new ArrayList<>(ids.size());
        for (String id : ids) {
            refs.add(new DocRef(id, DocWrite.ANY_REVISION));
        }
        return runDelete(type, refs, false);
    }

    private long runDelete(DocType type, List<DocRef> docs, boolean strict) {
        if (docs.isEmpty()) {
            return 0;
        }
        List<Object> keys = new ArrayList<>(docs.size() + 1);
        keys.add(type.keys().ids());
        List<Object> args = new ArrayList<>(docs.size() * 2 + 3);
        args.add(revisionAt(type));
        args.add(strict ? "1" : "0");
        args.add(Integer.toString(docs.size()));
        List<String> ids = new ArrayList<>(docs.size());
        for (DocRef doc : docs) {
            keys.add(type.keys().key(doc.id()));
            ids.add(doc.id());
            args.add(doc.id());
            args.add(revision(doc.expectedRevision()));
        }
        List<Object> rest = Outcomes.check(redis.write(delete, keys, args.toArray()), type, ids);
        return ((Number) rest.get(0)).longValue();
    }

    @Override
    public long deleteAll(DocType type) {
        List<Object> reply = redis.write(DELETE_ALL, List.of(type.keys().ids()), type.keys().key(""));
        return ((Number) reply.get(1)).longValue();
    }

    @Override
    public StoredDoc get(DocType type, String id) {
        return getAll(type, List.of(id)).get(0);
    }

    @Override
    public boolean exists(DocType type, String id) {
        String key = type.keys().key(id);
        return redis.call(() -> redis.client().getBucket(key, StringCodec.INSTANCE).isExists(), "EXISTS " + key);
    }

    @Override
    public long count(DocType type) {
        String ids = type.keys().ids();
        return redis.call(() -> (long) redis.client().getScoredSortedSet(ids, StringCodec.INSTANCE).size(),
                "ZCARD " + ids);
    }

    @Override
    public List<String> ids(DocType type, String after, int limit) {
        List<Object> page = redis.read(IDS, List.of(type.keys().ids()), after == null ? "-" : "(" + after,
                Integer.toString(limit));
        List<String> out = new ArrayList<>(page.size());
        for (Object id : page) {
            out.add((String) id);
        }
        return out;
    }

    protected static List<Object> keys(DocType type, List<String> ids) {
        List<Object> keys = new ArrayList<>(ids.size());
        for (String id : ids) {
            keys.add(type.keys().key(id));
        }
        return keys;
    }

    private static String revision(long expected) {
        return expected == DocWrite.ANY_REVISION ? "" : Long.toString(expected);
    }
}
