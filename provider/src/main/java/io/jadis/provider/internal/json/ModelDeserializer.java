package io.jadis.provider.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.model.ClassModel;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an entity or embeddable from a JSON object by the model. Unknown members (Jadis' own
 * bookkeeping, attributes removed from the class since the document was written) are skipped;
 * missing ones keep the class's defaults.
 */
final class ModelDeserializer extends StdDeserializer<Object> implements ResolvableDeserializer {
    private final ClassModel model;
    private final List<Attribute> attributes;
    private final Map<String, Integer> index = new HashMap<>();
    private final JavaType[] types;
    private JsonDeserializer<Object>[] deserializers;

    ModelDeserializer(ClassModel model, TypeFactory typeFactory) {
        super(model.type());
        this.model = model;
        this.attributes = model.attributes();
        this.types = new JavaType[attributes.size()];
        JavaType owner = typeFactory.constructType(model.type());
        for (int i = 0; i < types.length; i++) {
            Attribute a = attributes.get(i);
            index.put(a.name(), i);
            types[i] = typeFactory.resolveMemberType(a.genericType(), owner.getBindings());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
        JsonDeserializer<Object>[] found = new JsonDeserializer[types.length];
        for (int i = 0; i < types.length; i++) {
            found[i] = ctxt.findRootValueDeserializer(types[i]);
        }
        deserializers = found;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            return ctxt.handleUnexpectedToken(model.type(), p);
        }
        Object[] values = new Object[types.length];
        boolean[] present = new boolean[types.length];
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            Integer i = index.get(name);
            if (i == null) {
                p.skipChildren();
                continue;
            }
            JsonDeserializer<Object> deserializer = deserializers[i];
            values[i] = token == JsonToken.VALUE_NULL
                    ? deserializer.getNullValue(ctxt) : deserializer.deserialize(p, ctxt);
            present[i] = true;
        }
        return model.isRecord() ? newRecord(values, present, ctxt) : newObject(values, present);
    }

    private Object newObject(Object[] values, boolean[] present) {
        Object target = model.newInstance();
        for (int i = 0; i < values.length; i++) {
            Attribute a = attributes.get(i);
            if (present[i] && (values[i] != null || !a.type().isPrimitive())) {
                a.accessor().set(target, values[i]);
            }
        }
        return target;
    }

    private Object newRecord(Object[] values, boolean[] present, DeserializationContext ctxt)
            throws JsonMappingException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                values[i] = present[i] ? primitiveDefault(attributes.get(i).type())
                        : deserializers[i].getAbsentValue(ctxt);
                if (values[i] == null) {
                    values[i] = primitiveDefault(attributes.get(i).type());
                }
            }
        }
        return model.newRecord(values);
    }

    private static Object primitiveDefault(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
