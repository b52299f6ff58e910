package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/** Conditional expressions of JDQL: {@code NOT} binds tighter than {@code AND}, {@code AND} than {@code OR}. */
final class ConditionParser {
    private final JdqlTokens tokens;
    private final ScalarParser scalars;

    ConditionParser(JdqlTokens tokens, ScalarParser scalars) {
        this.tokens = tokens;
        this.scalars = scalars;
    }

    Condition condition() {
        List<Condition> operands = new ArrayList<>(List.of(conjunction()));
        while (tokens.acceptKeyword("OR")) {
            operands.add(conjunction());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.Or(operands);
    }

    private Condition conjunction() {
        List<Condition> operands = new ArrayList<>(List.of(negation()));
        while (tokens.acceptKeyword("AND")) {
            operands.add(negation());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.And(operands);
    }

    private Condition negation() {
        return tokens.acceptKeyword("NOT") ? new Condition.Not(negation()) : predicate();
    }

    /**
     * A {@code (} opens either a grouped condition or a grouped scalar ({@code (a + b) * 2 > 3}).
     * The grouped condition is tried first; if both fail, the error found further along wins.
     */
    private Condition predicate() {
        if (!tokens.atSymbol("(")) {
            return simple();
        }
        int mark = tokens.mark();
        try {
            tokens.next();
            Condition grouped = condition();
            tokens.expectSymbol(")", "after the condition");
            return grouped;
        } catch (QuerySyntaxException asCondition) {
            tokens.reset(mark);
            try {
                return simple();
            } catch (QuerySyntaxException asScalar) {
                throw asScalar.position() > asCondition.position() ? asScalar : asCondition;
            }
        }
    }

    private Condition simple() {
        Expr left = scalars.scalar();
        if (tokens.peek().isContextualWord("IS")) {
            return isNull(left);
        }
        boolean negated = tokens.acceptKeyword("NOT");
        if (tokens.acceptKeyword("BETWEEN")) {
            Expr low = scalars.scalar();
            tokens.expectKeyword("AND", "between the bounds of BETWEEN");
            return new Condition.Between(left, low, scalars.scalar(), negated);
        }
        if (tokens.acceptKeyword("LIKE")) {
            return new Condition.Like(left, scalars.scalar(), negated);
        }
        if (tokens.acceptKeyword("IN")) {
            return new Condition.In(left, inList(), negated);
        }
        if (negated) {
            throw tokens.expected("BETWEEN, LIKE or IN after NOT");
        }
        return new Condition.Compare(left, comparison(), scalars.scalar());
    }

    private Condition isNull(Expr value) {
        tokens.next();
        boolean negated = tokens.acceptKeyword("NOT");
        tokens.expectKeyword("NULL", negated ? "after IS NOT" : "after IS");
        return new Condition.IsNull(value, negated);
    }

    private List<Expr> inList() {
        tokens.expectSymbol("(", "after IN");
        List<Expr> items = new ArrayList<>(List.of(scalars.scalar()));
        while (tokens.acceptSymbol(",")) {
            items.add(scalars.scalar());
        }
        tokens.expectSymbol(")", "or ',' in the IN list");
        return items;
    }

    private Condition.Operator comparison() {
        for (Condition.Operator op : Condition.Operator.values()) {
            if (tokens.acceptSymbol(op.symbol())) {
                return op;
            }
        }
        throw tokens.expected("a comparison operator, IS, NOT, BETWEEN, LIKE or IN");
    }
}
