package io.jadis.provider.internal.query.parse;

import java.util.Locale;
import java.util.Set;

/**
 * One token of a JDQL query. {@code value} is the unescaped text of a string, the
 * {@link NumericLiteral} of a number, the name of a named parameter or the index of an ordinal one.
 */
record JdqlToken(Kind kind, String text, int position, Object value) {

    enum Kind { WORD, STRING, NUMBER, NAMED_PARAM, ORDINAL_PARAM, SYMBOL, END }

    /**
     * The keywords of JDQL 1.0. Other words the grammar names ({@code IS}, {@code COUNT},
     * {@code THIS}, {@code DATE}, {@code TIME}, {@code DATETIME} and the function names) are
     * recognised by context only, so that they remain usable as attribute names.
     */
    static final Set<String> RESERVED = Set.of("SELECT", "UPDATE", "SET", "DELETE", "FROM", "WHERE", "ORDER",
            "BY", "ASC", "DESC", "NOT", "AND", "OR", "BETWEEN", "LIKE", "IN", "NULL", "LOCAL", "TRUE", "FALSE");

    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword) && RESERVED.contains(keyword);
    }

    boolean isReserved() {
        return kind == Kind.WORD && RESERVED.contains(text.toUpperCase(Locale.ROOT));
    }

    boolean isIdentifier() {
        return kind == Kind.WORD && !isReserved();
    }

    /** A non-reserved word, ignoring case: {@code IS}, {@code COUNT}, {@code THIS}, a function name. */
    boolean isContextualWord(String word) {
        return isIdentifier() && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** How an error message names this token. */
    String describe() {
        return switch (kind) {
            case END -> "the end of the query";
            case STRING -> text;
            default -> "'" + text + "'";
        };
    }

    /** How an error message names this token when something should have followed it. */
    String describeAsPrevious() {
        return isReserved() ? text.toUpperCase(Locale.ROOT) : describe();
    }
}
