package io.jadis.provider.internal.engine;

import io.jadis.api.ConditionNotMetException;
import io.jadis.api.JadisException;
import jakarta.data.exceptions.EntityExistsException;
import jakarta.data.exceptions.OptimisticLockingFailureException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the status replies that engine scripts share — {@code {'ok', ...}},
 * {@code {status, 1-based document index, detail}} or {@code {'locked', lock key...}} — and raises
 * the exception each status means.
 */
public final class Outcomes {
    private Outcomes() {
    }

    /**
     * @param reply the script's reply
     * @param type  the documents' type, named in messages
     * @param ids   the encoded ids in the order the script got them
     * @return the reply after its {@code 'ok'}
     */
    public static List<Object> check(List<Object> reply, DocType type, List<String> ids) {
        if ("locked".equals(reply.get(0))) {
            throw locked(reply, List.of(type));
        }
        return check(reply, java.util.Collections.nCopies(ids.size(), type), ids);
    }

    /** Like {@link #check(List, DocType, List)} for documents of several types, {@code types[i]} for {@code ids[i]}. */
    public static List<Object> check(List<Object> reply, List<DocType> types, List<String> ids) {
        String status = (String) reply.get(0);
        if ("ok".equals(status)) {
            return reply.subList(1, reply.size());
        }
        if ("locked".equals(status)) {
            throw locked(reply, types);
        }
        int index = ((Number) reply.get(1)).intValue() - 1;
        DocType type = types.get(index);
        String id = ids.get(index);
        String key = type.keys().key(id);
        String detail = reply.size() > 2 ? String.valueOf(reply.get(2)) : "";
        throw switch (status) {
            case "exists" -> new EntityExistsException("Entity " + type.entity() + " with id " + id
                    + " already exists (key " + key + ")");
            case "missing" -> new OptimisticLockingFailureException("Entity " + type.entity() + " with id " + id
                    + " does not exist (key " + key + ")");
            case "stale" -> new OptimisticLockingFailureException("Entity " + type.entity() + " with id " + id
                    + " was changed by someone else: it is at version " + detail + " (key " + key + ")");
            case "changed" -> new StaleReadException("Entity " + type.entity() + " with id " + id
                    + " changed after the transaction read it: it is at version " + detail + " (key " + key + ")");
            case "unmet" -> new ConditionNotMetException("Entity " + type.entity() + " with id " + id
                    + " does not meet the update's condition; nothing was written (key " + key + ")");
            case "wrongtype" -> wrongType(key, type, detail);
            case "foreign" -> foreign(key, type);
            default -> new JadisException("Unexpected reply " + reply + " for key " + key);
        };
    }

    /** The refusal {@code {'locked', lock key...}}, each key named by the entity it guards. */
    static EntityLockedException locked(List<Object> reply, List<DocType> types) {
        List<EntityLockedException.Locked> locks = new ArrayList<>(reply.size() - 1);
        for (Object key : reply.subList(1, reply.size())) {
            locks.add(new EntityLockedException.Locked((String) key, guarded((String) key, types)));
        }
        return new EntityLockedException(locks);
    }

    private static String guarded(String lockKey, List<DocType> types) {
        for (DocType type : types) {
            String prefix = type.keys().lock("");
            if (lockKey.startsWith(prefix)) {
                return type.entity() + " with id " + lockKey.substring(prefix.length());
            }
        }
        return "the entity locked at " + lockKey;
    }

    /**
     * Whether Redis refused a command because its key holds another type: WRONGTYPE, or RedisJSON's
     * "Existing key has wrong Redis type", which has no such prefix (redismodule-rs up to today).
     */
    public static boolean isWrongType(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("WRONGTYPE") || m.contains("Existing key has wrong Redis type"))) {
                return true;
            }
        }
        return false;
    }

    public static JadisException wrongType(String key, DocType type, String redisType) {
        return new JadisException("Key " + key + " holds a Redis " + redisType + ", not a document of entity "
                + type.entity() + "; Jadis did not write it");
    }

    public static JadisException foreign(String key, DocType type) {
        return new JadisException("Key " + key + " holds data that is not a document of entity " + type.entity()
                + " (it has no " + type.revisionField() + " revision); Jadis did not write it");
    }
}
