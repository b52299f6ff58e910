package io.jadis.provider.internal.index;

import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.program.PathToken;
import io.jadis.provider.internal.query.bind.AttributePath;

import java.time.temporal.TemporalAccessor;

/**
 * One secondary index: the attribute path it covers and how values are kept (see index.lua): a
 * score for numbers, booleans and enums (by their order in queries), ordered text for strings (or upper-cased
 * strings) and dates.
 *
 * @param name the index name: the dotted document path, plus {@code ~upper} for an upper-cased index
 * @param kind {@code n}, {@code b}, {@code e:A,B,C}, {@code l}, {@code u} or {@code t}
 * @param path the path token of the attribute
 */
public record IndexSpec(String name, String kind, String path, AttributePath attribute) {

    /** The index of an attribute, or {@code null} when its type cannot be indexed. */
    public static IndexSpec of(AttributePath attribute, boolean upper) {
        String kind = kind(attribute.leaf(), upper);
        if (kind == null) {
            return null;
        }
        PathToken token = new PathToken();
        for (Attribute a : attribute.chain()) {
            token.name(a.name());
        }
        return new IndexSpec(attribute.name() + (upper ? "~upper" : ""), kind, token.toString(), attribute);
    }

    private static String kind(Attribute leaf, boolean upper) {
        Class<?> t = io.jadis.provider.internal.program.Kinds.box(leaf.type());
        if (upper) {
            return t == String.class || t == Character.class ? "u" : null;
        }
        if (Number.class.isAssignableFrom(t)) {
            return "n";
        }
        if (t == Boolean.class) {
            return "b";
        }
        if (t.isEnum()) {
            StringBuilder sb = new StringBuilder("e:");
            for (Enum<?> c : leaf.enumOrder()) {
                sb.append(sb.length() > 2 ? "," : "").append(c.name());
            }
            return sb.toString();
        }
        if (t == String.class || t == Character.class || t == java.util.UUID.class) {
            return "l";
        }
        if (TemporalAccessor.class.isAssignableFrom(t) && t.getName().startsWith("java.time.Local")
                || t == java.time.Instant.class) {
            return "t";
        }
        return null;
    }

    /** Whether entries are scores (numbers, booleans, enums) rather than ordered text. */
    public boolean scored() {
        return kind.startsWith("n") || kind.startsWith("b") || kind.startsWith("e");
    }

    /** The spec stored in the type's index registry. */
    String registryValue(String state) {
        return kind + "|" + path + "|" + state;
    }
}
