package io.jadis.provider.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.model.EntityModel;
import jakarta.data.exceptions.MappingException;

import java.util.List;

/**
 * Turns one entity class to and from JSON: one text per top-level attribute when writing (engines
 * store attributes separately or join them), one document when reading. Writers and the reader are
 * prepared once.
 */
public final class EntityCodec {
    private final EntityModel model;
    private final List<Attribute> attributes;
    private final ObjectWriter[] writers;
    private final ObjectWriter[] elementWriters;
    private final ObjectReader reader;
    private final ObjectMapper mapper;

    EntityCodec(EntityModel model, ObjectMapper mapper) {
        this.model = model;
        this.mapper = mapper;
        this.attributes = model.attributes();
        this.writers = new ObjectWriter[attributes.size()];
        this.elementWriters = new ObjectWriter[attributes.size()];
        JavaType owner = mapper.constructType(model.type());
        for (int i = 0; i < writers.length; i++) {
            JavaType type = mapper.getTypeFactory().resolveMemberType(attributes.get(i).genericType(),
                    owner.getBindings());
            writers[i] = mapper.writerFor(type);
            JavaType content = type.getContentType();
            elementWriters[i] = content == null ? null : mapper.writerFor(content);
        }
        this.reader = mapper.readerFor(model.type());
    }

    public EntityModel model() {
        return model;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The JSON text of each attribute, in model order. */
    public String[] encode(Object entity) {
        String[] texts = new String[writers.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = write(writers[i], attributes.get(i), attributes.get(i).get(entity));
        }
        return texts;
    }

    /** The JSON text of a value for one attribute. */
    public String encodeValue(int attribute, Object value) {
        return write(writers[attribute], attributes.get(attribute), value);
    }

    /** The JSON text of one element (or map value) of a collection attribute. */
    public String encodeElement(int attribute, Object value) {
        ObjectWriter writer = elementWriters[attribute] == null ? mapper.writer() : elementWriters[attribute];
        return write(writer, attributes.get(attribute), value);
    }

    /** The whole document: {@code {"name":text,...}}. */
    public String document(String[] texts) {
        StringBuilder sb = new StringBuilder(256).append('{');
        for (int i = 0; i < texts.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            JsonText.appendKey(sb, attributes.get(i).name()).append(texts[i]);
        }
        return sb.append('}').toString();
    }

    /**
     * The entity in a document.
     *
     * @param key the Redis key it came from, named in the error when the document does not fit the entity
     */
    public Object decode(String document, String key) {
        try {
            return reader.readValue(document);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MappingException("The document at key " + key + " does not match entity " + model.name()
                    + ": " + firstLine(e.getMessage()), e);
        }
    }

    private String write(ObjectWriter writer, Attribute attribute, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MappingException("Entity " + model.name() + ", attribute " + attribute.name()
                    + ": cannot write its value as JSON: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
