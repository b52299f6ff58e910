package io.jadis.provider.internal.query.eval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A JDQL {@code LIKE} pattern ({@code %} any sequence, {@code _} one character) compiled to a regex. */
final class LikePattern {
    private static final int CACHE_LIMIT = 1024;
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private LikePattern() {
    }

    static Pattern of(String like) {
        Pattern p = CACHE.get(like);
        if (p == null) {
            p = compile(like);
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.put(like, p);
            }
        }
        return p;
    }

    private static Pattern compile(String like) {
        StringBuilder regex = new StringBuilder(like.length() + 8);
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '%' || c == '_') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
