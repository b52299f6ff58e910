package io.jadis.provider.internal.atomic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jadis.provider.internal.json.JsonText;
import io.jadis.provider.internal.program.Kinds;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/** Writes the values of atomic operations as the JSON their attribute holds, checking their types first. */
final class ValueEncoder {
    private final ObjectMapper mapper;

    ValueEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The JSON text of a value for a path of this type. */
    String json(ResolvedPath path, JavaType type, Object value, String what) {
        Class<?> raw = type.getRawClass();
        if (value == null) {
            if (raw.isPrimitive()) {
                throw new IllegalArgumentException(what + ": " + path.text() + " is a " + raw.getName()
                        + " and cannot be null");
            }
            return "null";
        }
        if (!Kinds.box(raw).isInstance(value) && raw != Object.class) {
            throw new IllegalArgumentException(what + ": " + path.text() + " holds " + type.toCanonical()
                    + ", not " + value.getClass().getName() + " (" + value + ")");
        }
        try {
            return mapper.writerFor(type).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + ": cannot write " + value + " for " + path.text(), e);
        }
    }

    /** The key text a map attribute uses for a Java key (as Jackson writes map keys). */
    String key(ResolvedPath path, JavaType mapType, Object key) {
        if (key == null) {
            throw new IllegalArgumentException("Map keys must not be null (" + path.text() + ")");
        }
        JavaType keyType = mapType.getKeyType();
        if (!Kinds.box(keyType.getRawClass()).isInstance(key) && keyType.getRawClass() != Object.class) {
            throw new IllegalArgumentException(path.text() + " has keys of type " + keyType.toCanonical()
                    + ", not " + key.getClass().getName());
        }
        try {
            String text = mapper.writerFor(mapper.getTypeFactory().constructMapType(Map.class, keyType,
                    mapper.constructType(Object.class))).writeValueAsString(Map.of(key, 0));
            return JsonText.entries(text).get(0).getKey();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write map key " + key + " for " + path.text(), e);
        }
    }

    /** The text of a number operand for an arithmetic kind; integral kinds refuse fractions. */
    static String number(ResolvedPath path, String kind, Number n, String what) {
        if (n == null) {
            throw new IllegalArgumentException(what + ": the operand for " + path.text() + " must not be null");
        }
        switch (kind) {
            case "dbl":
                return Double.toString(n.doubleValue());
            case "dec":
                return (n instanceof BigDecimal d ? d : io.jadis.provider.internal.query.eval.Values.decimal(n))
                        .toString();
            default:
                if (n instanceof Double || n instanceof Float || n instanceof BigDecimal d2 && d2.scale() > 0) {
                    throw new IllegalArgumentException(what + ": " + path.text() + " is an integer, so " + n
                            + " cannot be applied to it");
                }
                return n instanceof BigInteger || n instanceof BigDecimal ? n.toString() : Long.toString(n.longValue());
        }
    }
}
