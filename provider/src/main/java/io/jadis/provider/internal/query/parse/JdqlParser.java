package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.ast.Statement;
import io.jadis.provider.internal.query.parse.JdqlToken.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A recursive-descent parser for the Jakarta Data Query Language 1.0. */
public final class JdqlParser {
    private final JdqlTokens tokens;
    private final ScalarParser scalars;
    private final ConditionParser conditions;

    private JdqlParser(JdqlTokens tokens) {
        this.tokens = tokens;
        this.scalars = new ScalarParser(tokens);
        this.conditions = new ConditionParser(tokens, scalars);
    }

    /**
     * Parses a JDQL statement. Keywords are case-insensitive; identifiers keep their spelling.
     * An empty or blank query selects all entities.
     *
     * @return a {@link Statement.Select}, {@link Statement.Update} or {@link Statement.Delete}
     * @throws QuerySyntaxException if the text is not a JDQL statement
     */
    public static Statement parse(String jdql) {
        Objects.requireNonNull(jdql, "jdql");
        List<JdqlToken> tokens = JdqlLexer.tokenize(jdql);
        checkParameterStyle(jdql, tokens);
        return new JdqlParser(new JdqlTokens(jdql, tokens)).statement();
    }

    private static void checkParameterStyle(String jdql, List<JdqlToken> tokens) {
        Kind style = null;
        for (JdqlToken token : tokens) {
            if (token.kind() != Kind.NAMED_PARAM && token.kind() != Kind.ORDINAL_PARAM) {
                continue;
            }
            if (style == null) {
                style = token.kind();
            } else if (style != token.kind()) {
                throw new QuerySyntaxException("parameter " + token.text() + " mixes "
                        + (style == Kind.NAMED_PARAM ? "ordinal with named" : "named with ordinal")
                        + " parameters", jdql, token.position());
            }
        }
    }

    private Statement statement() {
        Statement statement;
        if (tokens.acceptKeyword("UPDATE")) {
            statement = update();
        } else if (tokens.acceptKeyword("DELETE")) {
            statement = delete();
        } else {
            statement = select();
        }
        if (!tokens.atEnd()) {
            throw tokens.expected("the end of the query");
        }
        return statement;
    }

    private Statement.Select select() {
        if (!tokens.atEnd() && !tokens.atKeyword("SELECT") && !tokens.atKeyword("FROM")
                && !tokens.atKeyword("WHERE") && !tokens.atKeyword("ORDER")) {
            throw tokens.expected("SELECT, UPDATE, DELETE, FROM, WHERE or ORDER BY");
        }
        Statement.Selection selection = tokens.acceptKeyword("SELECT") ? selection() : new Statement.Entities();
        String entity = tokens.acceptKeyword("FROM") ? entityName() : null;
        Condition where = where();
        List<Statement.SortItem> orderBy = tokens.acceptKeyword("ORDER") ? orderBy() : List.of();
        return new Statement.Select(entity, selection, where, orderBy);
    }

    private Statement.Selection selection() {
        if (tokens.peek().isContextualWord("COUNT") && tokens.peekAfter().isSymbol("(")) {
            tokens.next();
            tokens.next();
            if (!tokens.peek().isContextualWord("THIS")) {
                throw tokens.expected("THIS after COUNT(");
            }
            tokens.next();
            tokens.expectSymbol(")", "after COUNT(THIS");
            return new Statement.Count();
        }
        if (!tokens.peek().isIdentifier()) {
            throw tokens.expected("an attribute name or COUNT(THIS) after SELECT");
        }
        return new Statement.Attribute(scalars.path("an attribute name"));
    }

    private Statement.Update update() {
        String entity = entityName();
        tokens.expectKeyword("SET", "after the entity name");
        List<Statement.Assignment> assignments = new ArrayList<>(List.of(assignment()));
        while (tokens.acceptSymbol(",")) {
            assignments.add(assignment());
        }
        return new Statement.Update(entity, assignments, where());
    }

    private Statement.Assignment assignment() {
        Expr.Path path = scalars.path("an attribute name after " + tokens.previous());
        tokens.expectSymbol("=", "after the attribute name");
        return new Statement.Assignment(path, tokens.acceptKeyword("NULL") ? null : scalars.scalar());
    }

    private Statement.Delete delete() {
        tokens.expectKeyword("FROM", "after DELETE");
        return new Statement.Delete(entityName(), where());
    }

    private String entityName() {
        return tokens.expectIdentifier("an entity name after " + tokens.previous()).text();
    }

    private Condition where() {
        return tokens.acceptKeyword("WHERE") ? conditions.condition() : null;
    }

    private List<Statement.SortItem> orderBy() {
        tokens.expectKeyword("BY", "after ORDER");
        List<Statement.SortItem> items = new ArrayList<>(List.of(sortItem("ORDER BY")));
        while (tokens.acceptSymbol(",")) {
            items.add(sortItem("','"));
        }
        return items;
    }

    private Statement.SortItem sortItem(String after) {
        Expr.Path path = scalars.path("an attribute name after " + after);
        boolean descending = tokens.acceptKeyword("DESC");
        if (!descending) {
            tokens.acceptKeyword("ASC");
        }
        return new Statement.SortItem(path, descending, false);
    }
}
