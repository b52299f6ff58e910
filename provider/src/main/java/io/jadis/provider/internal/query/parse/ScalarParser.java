package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.parse.JdqlToken.Kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scalar expressions of JDQL. From loosest to tightest: {@code ||}, binary {@code + -},
 * {@code * /}, unary {@code + -}; all binary operators are left-associative.
 */
final class ScalarParser {
    private final JdqlTokens tokens;

    ScalarParser(JdqlTokens tokens) {
        this.tokens = tokens;
    }

    Expr scalar() {
        int start = tokens.peek().position();
        Expr left = additive();
        while (tokens.acceptSymbol("||")) {
            left = new Expr.Concat(left, additive(), start);
        }
        return left;
    }

    /** {@code IDENTIFIER ('.' word)*}; after a dot any word is accepted, reserved or not. */
    Expr.Path path(String what) {
        JdqlToken first = tokens.expectIdentifier(what);
        List<String> names = new ArrayList<>(List.of(first.text()));
        while (tokens.acceptSymbol(".")) {
            if (tokens.peek().kind() != Kind.WORD) {
                throw tokens.expected("a name after '.'");
            }
            names.add(tokens.next().text());
        }
        return new Expr.Path(names, first.position());
    }

    private Expr additive() {
        int start = tokens.peek().position();
        Expr left = multiplicative();
        while (tokens.atSymbol("+") || tokens.atSymbol("-")) {
            char op = tokens.next().text().charAt(0);
            left = new Expr.Arithmetic(left, op, multiplicative(), start);
        }
        return left;
    }

    private Expr multiplicative() {
        int start = tokens.peek().position();
        Expr left = unary();
        while (tokens.atSymbol("*") || tokens.atSymbol("/")) {
            char op = tokens.next().text().charAt(0);
            left = new Expr.Arithmetic(left, op, unary(), start);
        }
        return left;
    }

    /** A sign directly before a number is folded into the literal: {@code -1} is {@code Literal(-1)}. */
    private Expr unary() {
        JdqlToken sign = tokens.peek();
        boolean minus = sign.isSymbol("-");
        if (!minus && !sign.isSymbol("+")) {
            return primary();
        }
        tokens.next();
        if (tokens.peek().kind() == Kind.NUMBER) {
            return number(tokens.next(), minus, sign.position());
        }
        Expr operand = unary();
        return minus ? new Expr.Negate(operand, sign.position()) : operand;
    }

    private Expr primary() {
        JdqlToken token = tokens.peek();
        return switch (token.kind()) {
            case STRING -> new Expr.Literal(tokens.next().value(), token.position());
            case NUMBER -> number(tokens.next(), false, token.position());
            case NAMED_PARAM -> new Expr.Param(0, (String) tokens.next().value(), token.position());
            case ORDINAL_PARAM -> new Expr.Param((Integer) tokens.next().value(), null, token.position());
            case WORD -> word(token);
            case SYMBOL -> grouped(token);
            case END -> throw expression();
        };
    }

    private Expr grouped(JdqlToken token) {
        if (!token.isSymbol("(")) {
            throw expression();
        }
        tokens.next();
        Expr inner = scalar();
        tokens.expectSymbol(")", "after the expression");
        return inner;
    }

    private Expr word(JdqlToken token) {
        if (token.isKeyword("TRUE") || token.isKeyword("FALSE")) {
            tokens.next();
            return new Expr.Literal(token.isKeyword("TRUE"), token.position());
        }
        if (token.isKeyword("LOCAL")) {
            return now();
        }
        if (!token.isIdentifier()) {
            throw expression();
        }
        return tokens.peekAfter().isSymbol("(") ? call(token) : path("an expression");
    }

    private Expr now() {
        int position = tokens.next().position();
        JdqlToken kind = tokens.peek();
        Expr.Special special = kind.isContextualWord("DATE") ? Expr.Special.LOCAL_DATE
                : kind.isContextualWord("TIME") ? Expr.Special.LOCAL_TIME
                : kind.isContextualWord("DATETIME") ? Expr.Special.LOCAL_DATETIME
                : null;
        if (special == null) {
            throw tokens.expected("DATE, TIME or DATETIME after LOCAL");
        }
        tokens.next();
        return new Expr.Now(special, position);
    }

    private Expr call(JdqlToken name) {
        Expr.Function function = Arrays.stream(Expr.Function.values())
                .filter(f -> f.name().equalsIgnoreCase(name.text()))
                .findFirst()
                .orElseThrow(() -> tokens.error("unknown function '" + name.text() + "'", name.position()));
        String upper = name.text().toUpperCase(Locale.ROOT);
        tokens.next();
        tokens.next(); // the '(' that made this a call
        List<Expr> arguments = new ArrayList<>(List.of(scalar()));
        if (function == Expr.Function.LEFT || function == Expr.Function.RIGHT) {
            tokens.expectSymbol(",", "and a second argument of " + upper);
            arguments.add(scalar());
        }
        tokens.expectSymbol(")", "after the arguments of " + upper);
        return new Expr.Call(function, arguments, name.position());
    }

    private Expr number(JdqlToken token, boolean negative, int position) {
        try {
            return new Expr.Literal(((NumericLiteral) token.value()).value(negative), position);
        } catch (ArithmeticException e) {
            throw tokens.error(e.getMessage(), position);
        }
    }

    private QuerySyntaxException expression() {
        return tokens.expected("an expression after " + tokens.previous());
    }
}
