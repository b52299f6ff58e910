package io.jadis.provider.internal.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts well-formed JSON text (as Jackson writes it) into the texts of its array elements or object
 * entries without re-encoding a single value, so numbers and strings keep their exact spelling.
 */
public final class JsonText {
    private JsonText() {
    }

    /** The texts of the elements of a JSON array. */
    public static List<String> elements(String array) {
        int start = skipSpace(array, 0);
        if (start >= array.length() || array.charAt(start) != '[') {
            throw new IllegalArgumentException("Not a JSON array: " + abbreviate(array));
        }
        List<String> out = new ArrayList<>();
        int i = skipSpace(array, start + 1);
        if (array.charAt(i) == ']') {
            return out;
        }
        while (true) {
            int end = valueEnd(array, i);
            out.add(array.substring(i, end));
            i = skipSpace(array, end);
            char c = array.charAt(i);
            if (c == ']') {
                return out;
            }
            i = skipSpace(array, i + 1);
        }
    }

    /** The entries of a JSON object: decoded keys, value texts. */
    public static List<Map.Entry<String, String>> entries(String object) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        members(object, (key, from, to) -> {
            out.add(Map.entry(key, object.substring(from, to)));
            return true;
        });
        return out;
    }

    /** The value text of the member {@code name} of a JSON object, or null when it has none. */
    public static String member(String object, String name) {
        String[] found = new String[1];
        members(object, (key, from, to) -> {
            if (!key.equals(name)) {
                return true;
            }
            found[0] = object.substring(from, to);
            return false;
        });
        return found[0];
    }

    private interface MemberVisitor {
        /** Sees the member {@code key} whose value is {@code object[from, to)}; false stops the walk. */
        boolean visit(String key, int from, int to);
    }

    private static void members(String object, MemberVisitor visitor) {
        int start = skipSpace(object, 0);
        if (start >= object.length() || object.charAt(start) != '{') {
            throw new IllegalArgumentException("Not a JSON object: " + abbreviate(object));
        }
        int i = skipSpace(object, start + 1);
        if (object.charAt(i) == '}') {
            return;
        }
        while (true) {
            int keyEnd = stringEnd(object, i);
            String key = unquote(object.substring(i, keyEnd));
            i = skipSpace(object, skipSpace(object, keyEnd) + 1);
            int end = valueEnd(object, i);
            if (!visitor.visit(key, i, end)) {
                return;
            }
            i = skipSpace(object, end);
            if (object.charAt(i) == '}') {
                return;
            }
            i = skipSpace(object, i + 1);
        }
    }

    /** {@code "text"} with JSON escapes. */
    public static String quote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, sb);
        return sb.append('"').toString();
    }

    /** Appends {@code "key":} to a JSON object under construction. */
    public static StringBuilder appendKey(StringBuilder sb, String key) {
        sb.append('"');
        JsonStringEncoder.getInstance().quoteAsString(key, sb);
        return sb.append("\":");
    }

    /** The Java string of a JSON string literal (with its quotes). */
    public static String unquote(String literal) {
        if (literal.indexOf('\\') < 0) {
            return literal.substring(1, literal.length() - 1);
        }
        StringBuilder sb = new StringBuilder(literal.length());
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** The index just after the JSON value that starts at {@code i}. */
    static int valueEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '"') {
            return stringEnd(s, i);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            for (int j = i; j < s.length(); j++) {
                char d = s.charAt(j);
                if (d == '"') {
                    j = stringEnd(s, j) - 1;
                } else if (d == '{' || d == '[') {
                    depth++;
                } else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        return j + 1;
                    }
                }
            }
            throw new IllegalArgumentException("Unterminated JSON value: " + abbreviate(s));
        }
        int j = i;
        while (j < s.length() && ",]} \t\r\n".indexOf(s.charAt(j)) < 0) {
            j++;
        }
        return j;
    }

    private static int stringEnd(String s, int i) {
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '"') {
                return j + 1;
            }
        }
        throw new IllegalArgumentException("Unterminated JSON string: " + abbreviate(s));
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
