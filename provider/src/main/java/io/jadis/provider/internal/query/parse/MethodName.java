package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A repository method name, read as Query by Method Name. Keywords are case-sensitive and count
 * only where a camel-case word ends after them: {@code Or} is a keyword in {@code NameOrAge} but
 * not in {@code NameOrigin}.
 */
final class MethodName {
    private final String text;

    MethodName(String text) {
        this.text = text;
    }

    int length() {
        return text.length();
    }

    boolean keywordAt(int at, String keyword) {
        int after = at + keyword.length();
        return text.startsWith(keyword, at) && (after == text.length() || !Character.isLowerCase(text.charAt(after)));
    }

    /** The first offset at or after {@code from} where {@code keyword} occurs as a keyword, or -1. */
    int find(String keyword, int from) {
        for (int at = text.indexOf(keyword, from); at >= 0; at = text.indexOf(keyword, at + 1)) {
            if (keywordAt(at, keyword)) {
                return at;
            }
        }
        return -1;
    }

    /** The offset after the run of ASCII digits at {@code from}. */
    int digitsEnd(int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at;
    }

    String substring(int start, int end) {
        return text.substring(start, end);
    }

    /** The property in {@code [start, end)}, split on {@code _}, every part non-empty. */
    Expr.Path path(int start, int end) {
        List<String> names = new ArrayList<>();
        int partStart = start;
        for (int at = start; at <= end; at++) {
            if (at == end || text.charAt(at) == '_') {
                if (at == partStart) {
                    throw error("expected a name on each side of '_' in the property '"
                            + text.substring(start, end) + "'", at < end ? at : at - 1);
                }
                names.add(text.substring(partStart, at));
                partStart = at + 1;
            }
        }
        return new Expr.Path(names, start);
    }

    QuerySyntaxException error(String problem, int position) {
        return new QuerySyntaxException(problem, text, position);
    }
}
