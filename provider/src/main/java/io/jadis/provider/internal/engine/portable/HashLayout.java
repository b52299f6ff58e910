package io.jadis.provider.internal.engine.portable;

import io.jadis.provider.internal.engine.DocType;
import io.jadis.provider.internal.json.JsonText;
import io.jadis.provider.internal.model.Shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a document lies in one Redis hash on the portable engine.
 *
 * <ul>
 *   <li>each top-level attribute is a field holding that attribute's JSON text, so a number is a
 *       plain number that {@code HINCRBY} changes exactly;</li>
 *   <li>a collection attribute {@code a} is a header field {@code a = "L:<head>:<tail>"} and one
 *       field {@code a#<n>} per element, head &lt;= n &lt; tail, so appending, popping and trimming
 *       touch only the elements they change, at any size;</li>
 *   <li>a map attribute {@code a} is a header {@code a = "M"} and one field {@code a#<key>} per
 *       entry (keys are raw text; attribute names never contain {@code #});</li>
 *   <li>a {@code null} collection or map is its header field holding {@code null};</li>
 *   <li>the revision is the {@code @Version} attribute's field or {@code #rev}.</li>
 * </ul>
 */
final class HashLayout {
    static final String NULL = "null";

    private HashLayout() {
    }

    /** The field/value pairs of a whole document, flattened. */
    static List<String> fields(DocType type, String[] texts) {
        List<String> out = new ArrayList<>(texts.length * 2 + 8);
        for (int i = 0; i < texts.length; i++) {
            String name = type.attribute(i);
            String text = texts[i];
            Shape shape = type.shape(i);
            if (shape == Shape.VALUE || NULL.equals(text)) {
                out.add(name);
                out.add(text);
            } else if (shape == Shape.LIST) {
                List<String> elements = JsonText.elements(text);
                out.add(name);
                out.add("L:0:" + elements.size());
                String prefix = name + "#";
                for (int n = 0; n < elements.size(); n++) {
                    out.add(prefix + n);
                    out.add(elements.get(n));
                }
            } else {
                out.add(name);
                out.add("M");
                String prefix = name + "#";
                for (Map.Entry<String, String> e : JsonText.entries(text)) {
                    out.add(prefix + e.getKey());
                    out.add(e.getValue());
                }
            }
        }
        return out;
    }

    /** The JSON document held by a hash, given as its fields in the order the server listed them. */
    static String document(DocType type, Map<String, String> fields) {
        StringBuilder sb = new StringBuilder(256).append('{');
        boolean first = true;
        for (int i = 0; i < type.attributeCount(); i++) {
            String name = type.attribute(i);
            String header = fields.get(name);
            if (header == null) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            JsonText.appendKey(sb, name);
            if (type.shape(i) == Shape.VALUE || NULL.equals(header)) {
                sb.append(header);
            } else if (type.shape(i) == Shape.LIST) {
                appendList(sb, name, header, fields);
            } else {
                appendMap(sb, name, fields);
            }
        }
        return sb.append('}').toString();
    }

    private static void appendList(StringBuilder sb, String name, String header, Map<String, String> fields) {
        int colon = header.indexOf(':', 2);
        long head = Long.parseLong(header.substring(2, colon));
        long tail = Long.parseLong(header.substring(colon + 1));
        String prefix = name + "#";
        sb.append('[');
        for (long n = head; n < tail; n++) {
            if (n > head) {
                sb.append(',');
            }
            String element = fields.get(prefix + n);
            sb.append(element == null ? NULL : element);
        }
        sb.append(']');
    }

    private static void appendMap(StringBuilder sb, String name, Map<String, String> fields) {
        String prefix = name + "#";
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getKey().startsWith(prefix)) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                JsonText.appendKey(sb, field.getKey().substring(prefix.length())).append(field.getValue());
            }
        }
        sb.append('}');
    }
}
