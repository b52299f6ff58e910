package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.parse.JdqlToken.Kind;

import java.util.List;

/** A cursor over the tokens of one query, with the helpers the parsers share. */
final class JdqlTokens {
    private final String query;
    private final List<JdqlToken> tokens;
    private int index;

    JdqlTokens(String query, List<JdqlToken> tokens) {
        this.query = query;
        this.tokens = tokens;
    }

    JdqlToken peek() {
        return tokens.get(index);
    }

    JdqlToken peekAfter() {
        return tokens.get(Math.min(index + 1, tokens.size() - 1));
    }

    JdqlToken next() {
        JdqlToken token = peek();
        if (token.kind() != Kind.END) {
            index++;
        }
        return token;
    }

    boolean atEnd() {
        return peek().kind() == Kind.END;
    }

    boolean atKeyword(String keyword) {
        return peek().isKeyword(keyword);
    }

    boolean atSymbol(String symbol) {
        return peek().isSymbol(symbol);
    }

    boolean acceptKeyword(String keyword) {
        if (atKeyword(keyword)) {
            index++;
            return true;
        }
        return false;
    }

    boolean acceptSymbol(String symbol) {
        if (atSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    void expectKeyword(String keyword, String context) {
        if (!acceptKeyword(keyword)) {
            throw expected(keyword + " " + context);
        }
    }

    void expectSymbol(String symbol, String context) {
        if (!acceptSymbol(symbol)) {
            throw expected("'" + symbol + "' " + context);
        }
    }

    /** Consumes an identifier, or fails naming {@code what} was expected. */
    JdqlToken expectIdentifier(String what) {
        if (!peek().isIdentifier()) {
            throw expected(what);
        }
        return next();
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    /** How an error message names the token before the current one. */
    String previous() {
        return tokens.get(index - 1).describeAsPrevious();
    }

    /** {@code expected <what> but found <current token>}, at the current token. */
    QuerySyntaxException expected(String what) {
        return error("expected " + what + " but found " + peek().describe(), peek().position());
    }

    QuerySyntaxException error(String problem, int position) {
        return new QuerySyntaxException(problem, query, position);
    }
}
