package io.jadis.provider.internal.engine.json;

import io.jadis.provider.internal.engine.DocType;
import io.jadis.provider.internal.engine.Outcomes;
import io.jadis.provider.internal.engine.RedisAccess;
import io.jadis.provider.internal.engine.ScriptLibrary;
import io.jadis.provider.internal.engine.ScriptedEngine;
import io.jadis.provider.internal.engine.StoredDoc;
import io.jadis.provider.internal.json.JsonText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document engine for servers with the JSON commands (Redis Stack, Redis 8, RedisJSON 2.x):
 * one JSON value per document, the revision a member of it.
 */
public final class NativeEngine extends ScriptedEngine {
    private static final ScriptLibrary LIBRARY = library("native", "json/lib.lua", "json/doc.lua",
            "json/get.lua");
    private static final Pattern REVISION = Pattern.compile("^\\[(-?\\d+)]$");

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
        List<Object> keys = readKeys(type, ids);
        List<Object> args = new ArrayList<>(ids.size() + 2);
        args.add(type.expiryPolicy());
        args.add(revisionAt(type));
        args.addAll(ids);
        List<Object> reply = type.slidingExpiry() ? redis.write(get, keys, args.toArray())
                : redis.read(get, keys, args.toArray());
        List<StoredDoc> docs = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            docs.add(decode(type, (String) keys.get(i + 1), (List<Object>) reply.get(i)));
        }
        return docs;
    }

    @Override
    protected String layout(DocType type) {
        return "";
    }

    @Override
    protected StoredDoc decode(DocType type, String key, List<Object> pair) {
        if (pair.isEmpty()) {
            return null;
        }
        if ("#wrongtype".equals(pair.get(0))) {
            throw Outcomes.wrongType(key, type, String.valueOf(pair.get(1)));
        }
        Matcher m = REVISION.matcher(String.valueOf(pair.get(1)));
        if (!m.matches()) {
            throw Outcomes.foreign(key, type);
        }
        return new StoredDoc(key, Long.parseLong(m.group(1)), (String) pair.get(0));
    }
}
