package io.jadis.provider.internal.engine;

/**
 * The Redis keys of one entity type: {@code <prefix>:<id>} for each document and
 * {@code <prefix>:#<name>} for Jadis' own structures next to them. Ids are encoded so that no id
 * can form another entity's key or one of those structures: {@code %}, {@code :}, {@code #},
 * braces, spaces and control characters are percent-encoded.
 */
public final class KeySpace {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private final String prefix;
    private final String documentPrefix;
    private final String ids;
    private final String expiry;

    public KeySpace(String prefix) {
        this.prefix = prefix;
        this.documentPrefix = prefix + ":";
        this.ids = prefix + ":#ids";
        this.expiry = prefix + ":#expiry";
    }

    public String prefix() {
        return prefix;
    }

    /** The key of the document with this encoded id. */
    public String key(String encodedId) {
        return documentPrefix.concat(encodedId);
    }

    /** The sorted set of the encoded ids of every document of this type. */
    public String ids() {
        return ids;
    }

    /** The hash of this type's secondary indexes: name → {@code kind|path|state}. */
    public String indexes() {
        return prefix + ":#indexes";
    }

    /** The sorted set of one secondary index. */
    public String index(String name) {
        return prefix + ":#idx:" + name;
    }

    /** The sorted set of the ids of documents that expire, scored by the millisecond they expire at. */
    public String expiry() {
        return expiry;
    }

    /**
     * The Redisson lock of the document with this encoded id. Write functions find it from the id
     * registry's key (locks.lua), so the two must stay side by side.
     */
    public String lock(String encodedId) {
        return prefix + ":#lock:" + encodedId;
    }

    /** The id as it appears in keys and in the id registry. */
    public static String encodeId(Object id) {
        String text = id.toString();
        if (!needsEscape(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && escaped(c)) {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && escaped(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean escaped(int c) {
        return c <= ' ' || c == 0x7f || c == '%' || c == ':' || c == '#' || c == '{' || c == '}';
    }
}
