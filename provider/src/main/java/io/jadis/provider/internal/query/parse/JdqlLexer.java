package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.parse.JdqlToken.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a JDQL query into tokens; the last token is always {@link Kind#END}. */
final class JdqlLexer {
    private static final List<String> SYMBOLS =
            List.of("<>", "<=", ">=", "||", "=", "<", ">", "+", "-", "*", "/", "(", ")", ",", ".");

    private final String query;
    private int pos;

    private JdqlLexer(String query) {
        this.query = query;
    }

    static List<JdqlToken> tokenize(String query) {
        return new JdqlLexer(query).tokens();
    }

    private List<JdqlToken> tokens() {
        List<JdqlToken> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (pos >= query.length()) {
                tokens.add(new JdqlToken(Kind.END, "", pos, null));
                return tokens;
            }
            tokens.add(token());
        }
    }

    private void skipWhitespace() {
        while (pos < query.length() && " \t\n\f\r".indexOf(query.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private JdqlToken token() {
        char c = query.charAt(pos);
        if (Character.isJavaIdentifierStart(c)) {
            return word();
        }
        if (isDigit(c) || c == '.' && isDigit(charAt(pos + 1))) {
            return number();
        }
        return switch (c) {
            case '\'' -> string();
            case ':' -> namedParameter();
            case '?' -> ordinalParameter();
            default -> symbol();
        };
    }

    private JdqlToken word() {
        int start = pos;
        skipIdentifierPart();
        return new JdqlToken(Kind.WORD, query.substring(start, pos), start, null);
    }

    private JdqlToken string() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= query.length()) {
                throw new QuerySyntaxException("unterminated string literal", query, start);
            }
            char c = query.charAt(pos++);
            if (c != '\'') {
                value.append(c);
            } else if (charAt(pos) == '\'') {
                value.append('\'');
                pos++;
            } else {
                return new JdqlToken(Kind.STRING, query.substring(start, pos), start, value.toString());
            }
        }
    }

    private JdqlToken number() {
        int start = pos;
        StringBuilder digits = new StringBuilder();
        if (isDigit(charAt(pos))) {
            digitRun(digits);
        }
        boolean hasFraction = fraction(digits);
        boolean hasExponent = exponent(digits);
        NumericLiteral.Type type = suffix(hasFraction || hasExponent);
        if (identifierPartAt(pos)) {
            skipIdentifierPart();
            throw new QuerySyntaxException("malformed number '" + query.substring(start, pos) + "'", query, start);
        }
        return new JdqlToken(Kind.NUMBER, query.substring(start, pos), start,
                new NumericLiteral(digits.toString(), type));
    }

    private boolean fraction(StringBuilder digits) {
        if (charAt(pos) != '.') {
            return false;
        }
        digits.append('.');
        pos++;
        if (isDigit(charAt(pos))) {
            digitRun(digits);
        }
        return true;
    }

    private boolean exponent(StringBuilder digits) {
        char e = charAt(pos);
        if (e != 'e' && e != 'E') {
            return false;
        }
        int mark = pos + 1;
        if (charAt(mark) == '+' || charAt(mark) == '-') {
            mark++;
        }
        if (!isDigit(charAt(mark))) {
            throw new QuerySyntaxException("expected the digits of an exponent but found " + found(mark), query, mark);
        }
        digits.append(query, pos, mark);
        pos = mark;
        digitRun(digits);
        return true;
    }

    private NumericLiteral.Type suffix(boolean decimal) {
        String two = query.substring(pos, Math.min(pos + 2, query.length())).toLowerCase(Locale.ROOT);
        if (two.equals("bd") || two.equals("bi") && !decimal) {
            pos += 2;
            return two.equals("bd") ? NumericLiteral.Type.BIG_DECIMAL : NumericLiteral.Type.BIG_INTEGER;
        }
        NumericLiteral.Type type = switch (charAt(pos)) {
            case 'l', 'L' -> decimal ? null : NumericLiteral.Type.LONG;
            case 'f', 'F' -> NumericLiteral.Type.FLOAT;
            case 'd', 'D' -> NumericLiteral.Type.DOUBLE;
            default -> null;
        };
        if (type != null) {
            pos++;
            return type;
        }
        return decimal ? NumericLiteral.Type.DOUBLE : NumericLiteral.Type.INTEGER;
    }

    /** Digits with Java's underscores between them; the current character is a digit. */
    private void digitRun(StringBuilder digits) {
        while (isDigit(charAt(pos)) || charAt(pos) == '_') {
            if (charAt(pos) != '_') {
                digits.append(charAt(pos));
            }
            pos++;
        }
        if (query.charAt(pos - 1) == '_') {
            throw new QuerySyntaxException("an underscore in a number must be followed by a digit", query, pos - 1);
        }
    }

    private JdqlToken namedParameter() {
        int start = pos++;
        if (!Character.isJavaIdentifierStart(charAt(pos))) {
            throw new QuerySyntaxException("expected a parameter name after ':' but found " + found(pos), query, pos);
        }
        skipIdentifierPart();
        String name = query.substring(start + 1, pos);
        return new JdqlToken(Kind.NAMED_PARAM, query.substring(start, pos), start, name);
    }

    private JdqlToken ordinalParameter() {
        int start = pos++;
        while (isDigit(charAt(pos))) {
            pos++;
        }
        if (pos == start + 1) {
            throw new QuerySyntaxException("expected a parameter number after '?' but found " + found(pos), query, pos);
        }
        if (identifierPartAt(pos)) {
            skipIdentifierPart();
            throw new QuerySyntaxException("malformed parameter '" + query.substring(start, pos) + "'", query, start);
        }
        String text = query.substring(start, pos);
        return new JdqlToken(Kind.ORDINAL_PARAM, text, start, ordinal(text, start));
    }

    private int ordinal(String text, int start) {
        int index;
        try {
            index = Integer.parseInt(text.substring(1));
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException("parameter number " + text + " is too large", query, start);
        }
        if (index == 0) {
            throw new QuerySyntaxException("ordinal parameters are numbered from ?1, not ?0", query, start);
        }
        return index;
    }

    private JdqlToken symbol() {
        for (String symbol : SYMBOLS) {
            if (query.startsWith(symbol, pos)) {
                int start = pos;
                pos += symbol.length();
                return new JdqlToken(Kind.SYMBOL, symbol, start, null);
            }
        }
        throw new QuerySyntaxException("unexpected character " + found(pos), query, pos);
    }

    private void skipIdentifierPart() {
        while (identifierPartAt(pos)) {
            pos++;
        }
    }

    private boolean identifierPartAt(int at) {
        return at < query.length() && Character.isJavaIdentifierPart(query.charAt(at));
    }

    private String found(int at) {
        return at < query.length() ? "'" + query.charAt(at) + "'" : "the end of the query";
    }

    private char charAt(int at) {
        return at < query.length() ? query.charAt(at) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
