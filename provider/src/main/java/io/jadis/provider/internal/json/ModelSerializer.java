package io.jadis.provider.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.model.ClassModel;

import java.io.IOException;
import java.util.List;

/** Writes an entity or embeddable as a JSON object of its persistent attributes, by the model. */
final class ModelSerializer extends StdSerializer<Object> {
    private final List<Attribute> attributes;
    private final SerializedString[] names;

    ModelSerializer(ClassModel model) {
        super(Object.class);
        this.attributes = model.attributes();
        this.names = new SerializedString[attributes.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = new SerializedString(attributes.get(i).name());
        }
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        for (int i = 0; i < names.length; i++) {
            gen.writeFieldName(names[i]);
            provider.defaultSerializeValue(attributes.get(i).get(value), gen);
        }
        gen.writeEndObject();
    }
}
