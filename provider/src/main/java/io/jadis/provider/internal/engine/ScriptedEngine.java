package io.jadis.provider.internal.engine;

import io.jadis.provider.internal.program.Program;
import org.redisson.client.codec.StringCodec;

import java.util.ArrayList;
import java.util.List;

/**
 * What both engines share: the functions that check and write whole documents, run programs and
 * transactions, delete documents and page through the id registry. An engine supplies its Lua
 * primitives (defining {@code jadis_revision} and {@code jadis_store}) and how a document becomes
 * function arguments and comes back.
 */
public abstract class ScriptedEngine implements DocumentEngine {
    protected final RedisAccess redis;
    private final Script write;
    private final Script delete;
    private final Script deleteAll;
    private final Script update;
    private final Script transaction;
    private final Script indexBuild;
    private final Script indexRange;
    private final Script count;
    private final Script idPage;
    protected final Script get;

    /** @param library the engine's library, made by {@link #library} */
    protected ScriptedEngine(RedisAccess redis, ScriptLibrary library) {
        this.redis = redis;
        redis.load(library);
        this.write = library.script("write");
        this.delete = library.script("delete");
        this.deleteAll = library.script("delete_all");
        this.update = library.script("update");
        this.transaction = library.script("tx");
        this.indexBuild = library.script("index_build");
        this.indexRange = library.script("index_range");
        this.count = library.script("count");
        this.idPage = library.script("ids");
        this.get = library.script("get");
    }

    /**
     * The library of an engine: its whole-document primitives ({@code lib}), its working set for
     * programs ({@code documents}) and its read script ({@code get}), with the shared scripts.
     */
    protected static ScriptLibrary library(String engine, String lib, String documents, String get) {
        return ScriptLibrary.builder(DocumentEngine.class, engine)
                .shared(lib, "shared/num.lua", "shared/text.lua", "shared/program.lua", "shared/doctext.lua",
                        documents, "shared/ops.lua", "shared/index.lua", "shared/expiry.lua", "shared/types.lua",
                        "shared/locks.lua", "shared/enter.lua")
                .entry("write", "shared/write.lua")
                .entry("delete", "shared/delete.lua")
                .entry("delete_all", "shared/delete-all.lua")
                .entry("update", "shared/update.lua")
                .entry("tx", "shared/tx.lua")
                .entry("index_build", "shared/index-build.lua")
                .entry("index_range", "shared/index-range.lua")
                .entry("count", "shared/count.lua")
                .entry("ids", "shared/ids.lua")
                .entry("get", get)
                .build();
    }

    /** Where the engine's scripts find the revision of this type's documents. */
    protected abstract String revisionAt(DocType type);

    /** The script arguments that carry one document's attribute texts. */
    protected abstract List<String> values(DocType type, String[] texts);

    /** How the engine's scripts find exploded collection attributes ({@code name=L,name=M}). */
    protected abstract String layout(DocType type);

    /** A document from the engine's read reply (see the engine's get script), or {@code null}. */
    protected abstract StoredDoc decode(DocType type, String key, List<Object> reply);

    @Override
    @SuppressWarnings("unchecked")
    public List<Applied> applyAll(List<Target> targets) {
        List<DocType> types = new ArrayList<>(targets.size());
        List<String> ids = new ArrayList<>(targets.size());
        for (Target t : targets) {
            types.add(t.type());
            ids.add(t.id());
        }
        List<Object> reply = Outcomes.check(runPrograms("all", targets), types, ids);
        List<Applied> out = new ArrayList<>(reply.size());
        for (int i = 0; i < reply.size(); i++) {
            List<Object> entry = (List<Object>) reply.get(i);
            String key = types.get(i).keys().key(ids.get(i));
            out.add(new Applied(decode(types.get(i), key, (List<Object>) entry.get(1)),
                    (List<Object>) entry.get(2)));
        }
        return out;
    }

    @Override
    public long applyEach(DocType type, Program program, List<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Target> targets = new ArrayList<>(ids.size());
        for (String id : ids) {
            targets.add(new Target(type, id, program));
        }
        List<Object> reply = Outcomes.check(runPrograms("each", targets), type, ids);
        return ((Number) reply.get(0)).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<StoredDoc> preview(List<TxEntry> entries) {
        List<Object> reply = runTransaction("preview", entries);
        List<StoredDoc> out = new ArrayList<>(reply.size());
        for (int i = 0; i < reply.size(); i++) {
            TxEntry e = entries.get(i);
            List<Object> doc = (List<Object>) reply.get(i);
            out.add(doc.isEmpty() ? null : decode(e.type(), e.type().keys().key(e.id()), doc));
        }
        return out;
    }

    @Override
    public long[] commit(List<TxEntry> entries) {
        List<Object> reply = runTransaction("commit", entries);
        long[] revisions = new long[reply.size()];
        for (int i = 0; i < revisions.length; i++) {
            revisions[i] = ((Number) reply.get(i)).longValue();
        }
        return revisions;
    }

    private List<Object> runTransaction(String mode, List<TxEntry> entries) {
        List<DocType> types = new ArrayList<>();
        int[] typeOf = new int[entries.size()];
        List<String> ids = new ArrayList<>(entries.size());
        List<DocType> entryTypes = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            typeOf[i] = indexOf(types, entries.get(i).type());
            ids.add(entries.get(i).id());
            entryTypes.add(entries.get(i).type());
        }
        List<Object> keys = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        addTypes(keys, args, mode, types);
        args.add(Integer.toString(entries.size()));
        for (int i = 0; i < entries.size(); i++) {
            TxEntry e = entries.get(i);
            keys.add(e.type().keys().key(e.id()));
            args.add(e.id());
            args.add(Integer.toString(typeOf[i] + 1));
            args.add(e.readRevision() == TxEntry.NOT_READ ? "" : e.readRevision() == TxEntry.ABSENT ? "absent"
                    : Long.toString(e.readRevision()));
            if (e.delete()) {
                args.add("delete");
                args.add(revision(e.expectedRevision()));
                args.add(e.strictDelete() ? "1" : "0");
            } else if (e.texts() != null) {
                List<String> values = values(e.type(), e.texts());
                args.add("doc");
                args.add(e.writeMode());
                args.add(revision(e.expectedRevision()));
                args.add(Integer.toString(values.size()));
                args.addAll(values);
            } else {
                args.add("none");
            }
            if (e.program() == null) {
                args.add("0");
            } else {
                List<String> tokens = e.program().tokens();
                args.add(Integer.toString(tokens.size()));
                args.addAll(tokens);
            }
        }
        return Outcomes.check(redis.write(transaction, keys, args.toArray()), entryTypes, ids);
    }

    @Override
    public List<String> indexRange(DocType type, String index, boolean text, boolean descending, long offset,
                                   int count, List<String[]> ranges) {
        List<Object> reply = runIndexRange(type, index, text, descending, offset, count, ranges, false);
        if (reply == null) {
            return null;
        }
        List<String> ids = new ArrayList<>(reply.size() - 1);
        for (Object id : reply.subList(1, reply.size())) {
            ids.add((String) id);
        }
        return ids;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<StoredDoc> indexPage(DocType type, String index, boolean text, boolean descending, long offset,
                                     int count, List<String[]> ranges) {
        List<Object> reply = runIndexRange(type, index, text, descending, offset, count, ranges, true);
        if (reply == null) {
            return null;
        }
        List<Object> ids = (List<Object>) reply.get(1);
        List<Object> docs = (List<Object>) reply.get(2);
        List<StoredDoc> out = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            out.add(decode(type, type.keys().key((String) ids.get(i)), (List<Object>) docs.get(i)));
        }
        return out;
    }

    private List<Object> runIndexRange(DocType type, String index, boolean text, boolean descending, long offset,
                                       int count, List<String[]> ranges, boolean documents) {
        List<Object> args = new ArrayList<>(8 + ranges.size() * 2);
        args.add(index);
        args.add(text ? "text" : "score");
        args.add(descending ? "1" : "0");
        args.add(Long.toString(offset));
        args.add(Integer.toString(count));
        args.add(Integer.toString(ranges.size()));
        for (String[] range : ranges) {
            args.add(range[0]);
            args.add(range[1]);
        }
        args.add(documents ? "1" : "");
        args.add(type.keys().key(""));
        List<Object> reply = redis.read(indexRange, List.of(type.keys().index(index), type.keys().indexes()),
                args.toArray());
        return "ok".equals(reply.get(0)) ? reply : null;
    }

    @Override
    public long buildIndex(DocType type, String index, List<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Object> keys = new ArrayList<>(ids.size() + 1);
        keys.add(type.keys().indexes());
        List<Object> args = new ArrayList<>(ids.size() + 3);
        args.add(index);
        args.add(revisionAt(type));
        args.add(layout(type));
        for (String id : ids) {
            keys.add(type.keys().key(id));
            args.add(id);
        }
        return ((Number) redis.write(indexBuild, keys, args.toArray()).get(0)).longValue();
    }

    /** Encodes targets for update.lua: their distinct types and programs are sent once each. */
    private List<Object> runPrograms(String mode, List<Target> targets) {
        List<DocType> types = new ArrayList<>();
        List<Program> programs = new ArrayList<>();
        List<Object> keys = new ArrayList<>(targets.size() + 1);
        int[] typeOf = new int[targets.size()];
        int[] programOf = new int[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            typeOf[i] = indexOf(types, targets.get(i).type());
            programOf[i] = indexOf(programs, targets.get(i).program());
        }
        List<Object> args = new ArrayList<>();
        addTypes(keys, args, mode, types);
        for (Target t : targets) {
            keys.add(t.type().keys().key(t.id()));
        }
        args.add(Integer.toString(programs.size()));
        for (Program p : programs) {
            List<String> tokens = p.tokens();
            args.add(Integer.toString(tokens.size()));
            args.addAll(tokens);
        }
        args.add(Integer.toString(targets.size()));
        for (int i = 0; i < targets.size(); i++) {
            args.add(targets.get(i).id());
            args.add(Integer.toString(typeOf[i] + 1));
            args.add(Integer.toString(programOf[i] + 1));
        }
        return redis.write(update, keys, args.toArray());
    }

    private static <T> int indexOf(List<T> list, T item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        list.add(item);
        return list.size() - 1;
    }

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
        List<Object> keys = new ArrayList<>(docs.size() + 2);
        addTypeKeys(keys, type);
        List<Object> args = new ArrayList<>(docs.size() * 24);
        args.add(mode);
        args.add(revisionAt(type));
        args.add(type.expiryPolicy());
        args.add(layout(type));
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
        List<Object> keys = new ArrayList<>(docs.size() + 2);
        addTypeKeys(keys, type);
        List<Object> args = new ArrayList<>(docs.size() * 2 + 4);
        args.add(revisionAt(type));
        args.add(strict ? "1" : "0");
        args.add(Integer.toString(docs.size()));
        args.add(layout(type));
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
        List<Object> reply = redis.write(deleteAll, List.of(type.keys().ids(), type.keys().expiry(),
                type.keys().indexes()), type.keys().key(""));
        return ((Number) Outcomes.check(reply, type, List.of()).get(0)).longValue();
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
        List<Object> reply = redis.read(count, List.of(type.keys().ids(), type.keys().expiry()));
        return ((Number) reply.get(0)).longValue();
    }

    @Override
    public List<String> ids(DocType type, String after, int limit) {
        List<Object> page = redis.read(idPage, List.of(type.keys().ids()), after == null ? "-" : "(" + after,
                Integer.toString(limit));
        List<String> out = new ArrayList<>(page.size());
        for (Object id : page) {
            out.add((String) id);
        }
        return out;
    }

    /** The keys scripts need for each document type: its id registry, expiry set and index registry. */
    /**
     * The head of a call over documents of several types (update.lua and tx.lua, which read it with
     * types.lua): the keys of each type, then the mode, the type count and each type's revision
     * field, layout and expiry policy.
     */
    private void addTypes(List<Object> keys, List<Object> args, String mode, List<DocType> types) {
        args.add(mode);
        args.add(Integer.toString(types.size()));
        for (DocType type : types) {
            addTypeKeys(keys, type);
            args.add(revisionAt(type));
            args.add(layout(type));
            args.add(type.expiryPolicy());
        }
    }

    private static void addTypeKeys(List<Object> keys, DocType type) {
        keys.add(type.keys().ids());
        keys.add(type.keys().expiry());
        keys.add(type.keys().indexes());
    }

    /** The keys of the engine's read script: the expiry set, then each document's key. */
    protected static List<Object> readKeys(DocType type, List<String> ids) {
        List<Object> keys = new ArrayList<>(ids.size() + 1);
        keys.add(type.keys().expiry());
        for (String id : ids) {
            keys.add(type.keys().key(id));
        }
        return keys;
    }

    private static String revision(long expected) {
        return expected == DocWrite.ANY_REVISION ? "" : Long.toString(expected);
    }
}
