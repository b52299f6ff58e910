package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Condition.Operator;
import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.ast.Statement;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Builders for expected syntax trees, all at position 0, and an assertion that compares trees
 * with every position set to 0. Tests that care about positions assert them separately.
 */
final class Ast {
    private Ast() {
    }

    static void assertSameTree(Statement expected, Statement actual) {
        assertEquals(strip(expected), strip(actual));
    }

    static void assertSameTree(Condition expected, Condition actual) {
        assertEquals(strip(expected), strip(actual));
    }

    static void assertSameTree(Expr expected, Expr actual) {
        assertEquals(strip(expected), strip(actual));
    }

    static Expr.Path path(String dotted) {
        return new Expr.Path(Arrays.asList(dotted.split("\\.")), 0);
    }

    static Expr.Path segments(String... names) {
        return new Expr.Path(List.of(names), 0);
    }

    static Expr.Literal lit(Object value) {
        return new Expr.Literal(value, 0);
    }

    static Expr.Param param(int index) {
        return new Expr.Param(index, null, 0);
    }

    static Expr.Param named(String name) {
        return new Expr.Param(0, name, 0);
    }

    static Expr arith(Expr left, char op, Expr right) {
        return new Expr.Arithmetic(left, op, right, 0);
    }

    static Expr negate(Expr operand) {
        return new Expr.Negate(operand, 0);
    }

    static Expr concat(Expr left, Expr right) {
        return new Expr.Concat(left, right, 0);
    }

    static Expr call(Expr.Function function, Expr... arguments) {
        return new Expr.Call(function, List.of(arguments), 0);
    }

    static Expr upper(Expr argument) {
        return call(Expr.Function.UPPER, argument);
    }

    static Expr now(Expr.Special special) {
        return new Expr.Now(special, 0);
    }

    static Condition cmp(Expr left, Operator op, Expr right) {
        return new Condition.Compare(left, op, right);
    }

    static Condition eq(String dotted, Expr right) {
        return cmp(path(dotted), Operator.EQ, right);
    }

    static Condition and(Condition... operands) {
        return new Condition.And(List.of(operands));
    }

    static Condition or(Condition... operands) {
        return new Condition.Or(List.of(operands));
    }

    static Condition not(Condition operand) {
        return new Condition.Not(operand);
    }

    static Condition between(Expr value, Expr low, Expr high, boolean negated) {
        return new Condition.Between(value, low, high, negated);
    }

    static Condition in(Expr value, boolean negated, Expr... items) {
        return new Condition.In(value, List.of(items), negated);
    }

    static Condition like(Expr value, Expr pattern, boolean negated) {
        return new Condition.Like(value, pattern, negated);
    }

    static Condition isNull(Expr value, boolean negated) {
        return new Condition.IsNull(value, negated);
    }

    static Condition text(Expr value, Condition.TextMatch match, Expr argument, boolean negated) {
        return new Condition.Text(value, match, argument, negated);
    }

    static Statement.SortItem asc(String dotted) {
        return new Statement.SortItem(path(dotted), false, false);
    }

    static Statement.SortItem desc(String dotted) {
        return new Statement.SortItem(path(dotted), true, false);
    }

    static Statement.Select select(String entity, Statement.Selection selection, Condition where,
                                   Statement.SortItem... orderBy) {
        return new Statement.Select(entity, selection, where, List.of(orderBy));
    }

    static Statement.Selection entities() {
        return new Statement.Entities();
    }

    static Statement.Selection attribute(String dotted) {
        return new Statement.Attribute(path(dotted));
    }

    static Statement.Selection count() {
        return new Statement.Count();
    }

    static Statement.Assignment set(String dotted, Expr value) {
        return new Statement.Assignment(path(dotted), value);
    }

    static Statement strip(Statement statement) {
        if (statement instanceof Statement.Select s) {
            Statement.Selection selection = s.selection() instanceof Statement.Attribute a
                    ? new Statement.Attribute(strip(a.path())) : s.selection();
            return new Statement.Select(s.entity(), selection, strip(s.where()), strip(s.orderBy()));
        }
        if (statement instanceof Statement.Update u) {
            return new Statement.Update(u.entity(), u.assignments().stream()
                    .map(a -> new Statement.Assignment(strip(a.path()), strip(a.value()))).toList(), strip(u.where()));
        }
        if (statement instanceof Statement.Delete d) {
            return new Statement.Delete(d.entity(), strip(d.where()));
        }
        Statement.MethodQuery m = (Statement.MethodQuery) statement;
        return new Statement.MethodQuery(m.action(), m.limit(), strip(m.where()), strip(m.orderBy()),
                m.parameterCount());
    }

    private static List<Statement.SortItem> strip(List<Statement.SortItem> items) {
        return items.stream()
                .map(i -> new Statement.SortItem(strip(i.path()), i.descending(), i.ignoreCase()))
                .toList();
    }

    static Condition strip(Condition c) {
        if (c == null) {
            return null;
        }
        if (c instanceof Condition.And a) {
            return new Condition.And(a.operands().stream().map(Ast::strip).toList());
        }
        if (c instanceof Condition.Or o) {
            return new Condition.Or(o.operands().stream().map(Ast::strip).toList());
        }
        if (c instanceof Condition.Not n) {
            return new Condition.Not(strip(n.operand()));
        }
        if (c instanceof Condition.Compare x) {
            return new Condition.Compare(strip(x.left()), x.op(), strip(x.right()));
        }
        if (c instanceof Condition.Between b) {
            return new Condition.Between(strip(b.value()), strip(b.low()), strip(b.high()), b.negated());
        }
        if (c instanceof Condition.In i) {
            return new Condition.In(strip(i.value()), i.items().stream().map(Ast::strip).toList(), i.negated());
        }
        if (c instanceof Condition.Like l) {
            return new Condition.Like(strip(l.value()), strip(l.pattern()), l.negated());
        }
        if (c instanceof Condition.Text t) {
            return new Condition.Text(strip(t.value()), t.match(), strip(t.argument()), t.negated());
        }
        Condition.IsNull n = (Condition.IsNull) c;
        return new Condition.IsNull(strip(n.value()), n.negated());
    }

    static Expr.Path strip(Expr.Path p) {
        return new Expr.Path(p.names(), 0);
    }

    static Expr strip(Expr e) {
        if (e == null) {
            return null;
        }
        if (e instanceof Expr.Path p) {
            return strip(p);
        }
        if (e instanceof Expr.Literal l) {
            return new Expr.Literal(l.value(), 0);
        }
        if (e instanceof Expr.Param p) {
            return new Expr.Param(p.index(), p.name(), 0);
        }
        if (e instanceof Expr.Now n) {
            return new Expr.Now(n.kind(), 0);
        }
        if (e instanceof Expr.Arithmetic a) {
            return new Expr.Arithmetic(strip(a.left()), a.op(), strip(a.right()), 0);
        }
        if (e instanceof Expr.Negate n) {
            return new Expr.Negate(strip(n.operand()), 0);
        }
        if (e instanceof Expr.Concat c) {
            return new Expr.Concat(strip(c.left()), strip(c.right()), 0);
        }
        Expr.Call c = (Expr.Call) e;
        return new Expr.Call(c.function(), c.arguments().stream().map(Ast::strip).toList(), 0);
    }
}
