package io.jadis.provider.internal.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jadis.provider.internal.json.JsonText;
import io.jadis.provider.internal.query.eval.CaseMapping;
import io.jadis.provider.internal.query.eval.Values;

/**
 * A query value as an index holds it, computed as index.lua computes entries: a double for score
 * indexes, text for the others (upper-cased, or as an ordered date/time key).
 */
public final class IndexValues {
    private IndexValues() {
    }

    /** The score of a value, or {@code null} when it has none (the index cannot find it). */
    public static Double score(IndexSpec spec, Object value) {
        if (value == null) {
            return null;
        }
        String kind = spec.kind();
        if (kind.startsWith("n")) {
            if (!(value instanceof Number n)) {
                return null;
            }
            double d = Values.isFloating(n) ? n.doubleValue() : Values.decimal(n).doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
        }
        if (kind.startsWith("b")) {
            return value instanceof Boolean b ? (b ? 1d : 0d) : null;
        }
        String name = value instanceof Enum<?> e ? e.name() : value.toString();
        String[] names = kind.substring(2).split(",");
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return (double) i;
            }
        }
        return null;
    }

    /** The text of a value for a text index, or {@code null}. */
    public static String text(IndexSpec spec, Object value, ObjectMapper mapper) {
        if (value == null) {
            return null;
        }
        return switch (spec.kind()) {
            case "u" -> CaseMapping.upper(value.toString());
            case "t" -> timeKey(json(value, mapper));
            default -> value instanceof Character c ? String.valueOf(c.charValue()) : value.toString();
        };
    }

    private static String json(Object value, ObjectMapper mapper) {
        try {
            String json = mapper.writeValueAsString(value);
            return json.startsWith("\"") ? JsonText.unquote(json) : json;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot index " + value, e);
        }
    }

    /** ISO-8601 text with seconds and nine fraction digits, as program.lua's prog_time_key writes it. */
    static String timeKey(String s) {
        int t = s.indexOf('T');
        String date = t >= 0 ? s.substring(0, t + 1) : "";
        String rest = t >= 0 ? s.substring(t + 1) : s;
        int end = 0;
        while (end < rest.length() && (Character.isDigit(rest.charAt(end)) || rest.charAt(end) == ':'
                || rest.charAt(end) == '.')) {
            end++;
        }
        String time = rest.substring(0, end);
        String zone = rest.substring(end);
        if (time.length() < 5 || time.charAt(2) != ':') {
            return s;
        }
        String hm = time.substring(0, 5);
        String tail = time.substring(5);
        String sec = "00";
        String frac = "";
        if (tail.startsWith(":")) {
            int dot = tail.indexOf('.');
            sec = dot < 0 ? tail.substring(1) : tail.substring(1, dot);
            frac = dot < 0 ? "" : tail.substring(dot + 1);
        } else if (tail.startsWith(".")) {
            frac = tail.substring(1);
        }
        if (sec.isEmpty()) {
            sec = "00";
        }
        return date + hm + ":" + sec + "." + frac + "0".repeat(Math.max(0, 9 - frac.length())) + zone;
    }
}
