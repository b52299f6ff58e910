package io.jadis.benchmarks.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.UncheckedIOException;

/** The baselines' JSON, written and read with {@link RawRedisson#MAPPER}, as Jadis' own mapper would. */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        try {
            return RawRedisson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of the JSON text, or null for none. */
    static <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : RawRedisson.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
