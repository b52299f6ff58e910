package io.jadis.provider.internal.engine.portable;

import io.jadis.provider.internal.engine.DocType;
import io.jadis.provider.internal.engine.Outcomes;
import io.jadis.provider.internal.engine.RedisAccess;
import io.jadis.provider.internal.engine.ScriptLibrary;
import io.jadis.provider.internal.engine.ScriptedEngine;
import io.jadis.provider.internal.engine.StoredDoc;

import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document engine for any Redis 7.0 or later, with plain Redis types only: one hash per
 * document as {@link HashLayout} describes, written and changed by Lua scripts that never decode
 * or re-encode a value they do not change.
 */
public final class PortableEngine extends ScriptedEngine {
    private static final ScriptLibrary LIBRARY = library("portable", "portable/lib.lua", "portable/doc.lua",
            "portable/get.lua");

    public PortableEngine(RedisAccess redis) {
        super(redis, LIBRARY);
    }

    @Override
    public String name() {
        return "portable";
    }

    @Override
    protected String revisionAt(DocType type) {
        return type.revisionField();
    }

    @Override
    protected List<String> values(DocType type, String[] texts) {
        return HashLayout.fields(type, texts);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<StoredDoc> getAll(DocType type, List<String> ids) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        if (ids.size() == 1 && !type.slidingExpiry()) {
            String key = type.keys().key(ids.get(0));
            Map<String, String> fields = readHash(key);
            if (fields != null) {
                return Collections.singletonList(fields.isEmpty() ? null : decode(type, key, fields));
            }
        } else if (!type.slidingExpiry()) {
            List<StoredDoc> docs = readHashes(type, ids);
            if (docs != null) {
                return docs;
            }
        }
        List<Object> keys = readKeys(type, ids);
        List<Object> args = new ArrayList<>(ids.size() + 2);
        args.add(type.expiryPolicy());
        args.addAll(ids);
        List<Object> reply = type.slidingExpiry() ? redis.write(get, keys, args.toArray())
                : redis.read(get, keys, args.toArray());
        List<StoredDoc> docs = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            docs.add(decode(type, (String) keys.get(i + 1), (List<Object>) reply.get(i)));
        }
        return docs;
    }

    /**
     * One document whose expiry need not restart is one HGETALL, atomic by itself, which spares the
     * function call and its cost of handing every field through Lua. Returns {@code null} when the
     * key holds something else: the function then says what.
     */
    private Map<String, String> readHash(String key) {
        try {
            return redis.client().<String, String>getMap(key, StringCodec.INSTANCE).readAllMap();
        } catch (RedisException e) {
            if (Outcomes.isWrongType(e)) {
                return null;
            }
            throw redis.translate(e, "HGETALL " + key);
        }
    }

    /**
     * Several documents whose expiry need not restart are HGETALLs pipelined in one round trip,
     * each far cheaper on the server than handing its fields through a function. Returns
     * {@code null} when a key holds something else: the function then says which.
     */
    @SuppressWarnings("unchecked")
    private List<StoredDoc> readHashes(DocType type, List<String> ids) {
        List<String> keys = ids.stream().map(type.keys()::key).toList();
        List<?> replies = redis.pipelined(keys,
                (batch, key) -> batch.<String, String>getMap(key, StringCodec.INSTANCE).readAllMapAsync(), "HGETALL");
        if (replies == null) {
            return null;
        }
        List<StoredDoc> docs = new ArrayList<>(ids.size());
        for (int i = 0; i < keys.size(); i++) {
            Map<String, String> fields = (Map<String, String>) replies.get(i);
            docs.add(fields.isEmpty() ? null : decode(type, keys.get(i), fields));
        }
        return docs;
    }

    @Override
    protected String layout(DocType type) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < type.attributeCount(); i++) {
            if (type.shape(i) != io.jadis.provider.internal.model.Shape.VALUE) {
                sb.append(sb.isEmpty() ? "" : ",").append(type.attribute(i)).append('=')
                        .append(type.shape(i) == io.jadis.provider.internal.model.Shape.LIST ? 'L' : 'M');
            }
        }
        return sb.toString();
    }

    @Override
    protected StoredDoc decode(DocType type, String key, List<Object> flat) {
        if (flat.isEmpty()) {
            return null;
        }
        if ("#wrongtype".equals(flat.get(0))) {
            throw Outcomes.wrongType(key, type, String.valueOf(flat.get(1)));
        }
        Map<String, String> fields = new LinkedHashMap<>(flat.size());
        for (int i = 0; i < flat.size(); i += 2) {
            fields.put((String) flat.get(i), (String) flat.get(i + 1));
        }
        return decode(type, key, fields);
    }

    private static StoredDoc decode(DocType type, String key, Map<String, String> fields) {
        String revision = fields.get(type.revisionField());
        if (revision == null) {
            throw Outcomes.foreign(key, type);
        }
        return new StoredDoc(key, Long.parseLong(revision), HashLayout.document(type, fields));
    }
}
