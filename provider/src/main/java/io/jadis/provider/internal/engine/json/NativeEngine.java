package io.jadis.provider.internal.engine.json;

import io.jadis.provider.internal.engine.DocType;
import io.jadis.provider.internal.engine.Outcomes;
import io.jadis.provider.internal.engine.RedisAccess;
import io.jadis.provider.internal.engine.ScriptLibrary;
import io.jadis.provider.internal.engine.ScriptedEngine;
import io.jadis.provider.internal.engine.StoredDoc;
import io.jadis.provider.internal.json.JsonText;

import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;
import org.redisson.client.protocol.Decoder;
import org.redisson.client.protocol.Encoder;
import org.redisson.codec.JsonCodec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The document engine for servers with the JSON commands (Redis Stack, Redis 8, RedisJSON 2.x,
 * Valkey with valkey-json): one JSON value per document, the revision a member of it, which the
 * client reads from the document's text.
 */
public final class NativeEngine extends ScriptedEngine {
    private static final ScriptLibrary LIBRARY = library("native", "json/lib.lua", "json/doc.lua",
            "json/get.lua");
    /** Hands JSON text to and from Redisson's JSON commands untouched: Jadis does its own mapping. */
    private static final JsonCodec TEXT = new JsonCodec() {
        @Override
        public Encoder getEncoder() {
            return StringCodec.INSTANCE.getValueEncoder();
        }

        @Override
        public Decoder<Object> getDecoder() {
            return StringCodec.INSTANCE.getValueDecoder();
        }
    };

    public NativeEngine(RedisAccess redis) {
        super(redis, LIBRARY);
    }

    @Override
    public String name() {
        return "native";
    }

    /** The JSONPath of a top-level member, bracket-quoted so that any name is safe. */
    static String memberPath(String name) {
        return "$[" + JsonText.quote(name) + "]";
    }

    @Override
    protected String revisionAt(DocType type) {
        return memberPath(type.revisionField());
    }

    @Override
    protected List<String> values(DocType type, String[] texts) {
        StringBuilder sb = new StringBuilder(256).append('{');
        for (int i = 0; i < texts.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            JsonText.appendKey(sb, type.attribute(i)).append(texts[i]);
        }
        return List.of(sb.append('}').toString());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<StoredDoc> getAll(DocType type, List<String> ids) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        if (!type.slidingExpiry()) {
            List<StoredDoc> docs = ids.size() == 1 ? readOne(type, ids.get(0)) : readMany(type, ids);
            if (docs != null) {
                return docs;
            }
        }
        List<Object> keys = readKeys(type, ids);
        List<Object> args = new ArrayList<>(ids.size() + 1);
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
     * One document whose expiry need not restart is one JSON.GET, atomic by itself: no function
     * call. Returns {@code null} when the key holds something else: the function then says what.
     */
    private List<StoredDoc> readOne(DocType type, String id) {
        String key = type.keys().key(id);
        String json;
        try {
            json = redis.client().<String>getJsonBucket(key, TEXT).get();
        } catch (RedisException e) {
            if (Outcomes.isWrongType(e)) {
                return null;
            }
            throw redis.translate(e, "JSON.GET " + key);
        }
        return Collections.singletonList(json == null ? null : document(type, key, json));
    }

    /** Several such documents are JSON.GETs pipelined in one round trip. */
    private List<StoredDoc> readMany(DocType type, List<String> ids) {
        List<String> keys = ids.stream().map(type.keys()::key).toList();
        List<?> replies = redis.pipelined(keys, (batch, key) -> batch.<String>getJsonBucket(key, TEXT).getAsync(),
                "JSON.GET");
        if (replies == null) {
            return null;
        }
        List<StoredDoc> docs = new ArrayList<>(ids.size());
        for (int i = 0; i < keys.size(); i++) {
            String json = (String) replies.get(i);
            docs.add(json == null ? null : document(type, keys.get(i), json));
        }
        return docs;
    }

    /** A document as read, its revision taken from its own member rather than by a second JSON.GET. */
    private static StoredDoc document(DocType type, String key, String json) {
        try {
            return new StoredDoc(key, Long.parseLong(JsonText.member(json, type.revisionField())), json);
        } catch (IllegalArgumentException e) { // no revision member, not a number, or not an object
            throw Outcomes.foreign(key, type);
        }
    }

    @Override
    protected String layout(DocType type) {
        return "";
    }

    @Override
    protected StoredDoc decode(DocType type, String key, List<Object> reply) {
        if (reply.isEmpty()) {
            return null;
        }
        if ("#wrongtype".equals(reply.get(0))) {
            throw Outcomes.wrongType(key, type, String.valueOf(reply.get(1)));
        }
        return document(type, key, (String) reply.get(0));
    }
}
