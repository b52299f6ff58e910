package io.jadis.provider.internal.atomic;

import io.jadis.provider.internal.json.JsonText;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses update paths: {@code name(.name | [index] | ["key"])*}, where keys use JSON string
 * syntax so that any key can be written.
 */
final class PathParser {
    private final String path;
    private int i;

    private PathParser(String path) {
        this.path = path;
    }

    static List<PathSegment> parse(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("An update path must not be empty");
        }
        return new PathParser(path).segments();
    }

    private List<PathSegment> segments() {
        List<PathSegment> out = new ArrayList<>();
        out.add(new PathSegment.Name(name()));
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
                out.add(new PathSegment.Name(name()));
            } else if (c == '[') {
                i++;
                out.add(path.charAt(i) == '"' ? new PathSegment.Key(key()) : new PathSegment.Index(index()));
                expect(']');
            } else {
                throw error("expected '.' or '['");
            }
        }
        return out;
    }

    private String name() {
        int start = i;
        while (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
            i++;
        }
        if (i == start) {
            throw error("expected an attribute name");
        }
        return path.substring(start, i);
    }

    private int index() {
        int start = i;
        if (i < path.length() && path.charAt(i) == '-') {
            i++;
        }
        while (i < path.length() && Character.isDigit(path.charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(path.substring(start, i));
        } catch (NumberFormatException e) {
            throw error("expected a list index or a quoted map key");
        }
    }

    private String key() {
        int start = i++;
        while (i < path.length() && path.charAt(i) != '"') {
            i += path.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= path.length()) {
            throw error("unterminated map key");
        }
        i++;
        return JsonText.unquote(path.substring(start, i));
    }

    private void expect(char c) {
        if (i >= path.length() || path.charAt(i) != c) {
            throw error("expected '" + c + "'");
        }
        i++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Invalid path '" + path + "': " + what + " at position " + i);
    }
}
