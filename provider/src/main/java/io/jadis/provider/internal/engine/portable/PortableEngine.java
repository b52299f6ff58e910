package io.jadis.provider.internal.engine.portable;

import io.jadis.provider.internal.engine.DocType;
import io.jadis.provider.internal.engine.DocumentEngine;
import io.jadis.provider.internal.engine.Outcomes;
import io.jadis.provider.internal.engine.RedisAccess;
import io.jadis.provider.internal.engine.Script;
import io.jadis.provider.internal.engine.ScriptedEngine;
import io.jadis.provider.internal.engine.StoredDoc;

import java.util.ArrayList;
import java.util.List;

/**
 * The document engine for any Redis 7.0 or later, with plain Redis types only: one hash per
 * document as {@link HashLayout} describes, written and changed by Lua scripts that never decode
 * or re-encode a value they do not change.
 */
public final class PortableEngine extends ScriptedEngine {
    private static final Script GET = Script.load(DocumentEngine.class, "shared/expiry.lua",
            "portable/get.lua");

    public PortableEngine(RedisAccess redis) {
        super(redis, "portable/lib.lua", "portable/doc.lua");
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
        List<Object> keys = readKeys(type, ids);
        List<Object> args = new ArrayList<>(ids.size() + 2);
        args.add(type.expiryPolicy());
        args.addAll(ids);
        List<Object> reply = type.slidingExpiry() ? redis.write(GET, keys, args.toArray())
                : redis.read(GET, keys, args.toArray());
        List<StoredDoc> docs = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            docs.add(decode(type, (String) keys.get(i + 1), (List<Object>) reply.get(i)));
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
        String revision = null;
        for (int i = 0; i < flat.size(); i += 2) {
            if (type.revisionField().equals(flat.get(i))) {
                revision = (String) flat.get(i + 1);
                break;
            }
        }
        if (revision == null) {
            throw Outcomes.foreign(key, type);
        }
        return new StoredDoc(key, Long.parseLong(revision), HashLayout.document(type, flat));
    }
}
