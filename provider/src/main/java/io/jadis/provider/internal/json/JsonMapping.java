package io.jadis.provider.internal.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jadis.provider.internal.model.EntityModel;
import io.jadis.provider.internal.model.EntityModels;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The Jackson configuration of one Jadis instance and the codec of each entity.
 *
 * <p>Lossless by construction: {@code BigDecimal} and {@code BigInteger} are written as JSON
 * strings (a JSON server would keep only a double of them), dates and times as ISO-8601 text with
 * every digit and a {@code ZonedDateTime} with its zone, {@code Optional} as its value or
 * {@code null}. What it writes it can read: Jackson's limits on reading (names of 50,000
 * characters, strings of 20 million) would otherwise refuse documents it had written.
 */
public final class JsonMapping {
    private final ObjectMapper mapper;
    private final Map<Class<?>, EntityCodec> codecs = new ConcurrentHashMap<>();

    public JsonMapping(EntityModels models, Consumer<ObjectMapper> customizer) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNameLength(Integer.MAX_VALUE)
                        .maxStringLength(Integer.MAX_VALUE)
                        .maxNestingDepth(StreamWriteConstraints.defaults().getMaxNestingDepth())
                        .build())
                .build();
        ObjectMapper m = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        m.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        m.configOverride(BigInteger.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        if (customizer != null) {
            customizer.accept(m);
        }
        m.registerModule(new ModelModule(models));
        this.mapper = m;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public EntityCodec codec(EntityModel model) {
        return codecs.computeIfAbsent(model.type(), t -> new EntityCodec(model, mapper));
    }
}
