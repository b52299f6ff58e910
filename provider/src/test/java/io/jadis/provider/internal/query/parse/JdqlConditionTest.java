package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Condition.Operator;
import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.ast.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.jadis.provider.internal.query.parse.Ast.and;
import static io.jadis.provider.internal.query.parse.Ast.arith;
import static io.jadis.provider.internal.query.parse.Ast.assertSameTree;
import static io.jadis.provider.internal.query.parse.Ast.between;
import static io.jadis.provider.internal.query.parse.Ast.call;
import static io.jadis.provider.internal.query.parse.Ast.cmp;
import static io.jadis.provider.internal.query.parse.Ast.concat;
import static io.jadis.provider.internal.query.parse.Ast.eq;
import static io.jadis.provider.internal.query.parse.Ast.in;
import static io.jadis.provider.internal.query.parse.Ast.isNull;
import static io.jadis.provider.internal.query.parse.Ast.like;
import static io.jadis.provider.internal.query.parse.Ast.lit;
import static io.jadis.provider.internal.query.parse.Ast.named;
import static io.jadis.provider.internal.query.parse.Ast.not;
import static io.jadis.provider.internal.query.parse.Ast.or;
import static io.jadis.provider.internal.query.parse.Ast.param;
import static io.jadis.provider.internal.query.parse.Ast.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JdqlConditionTest {

    static Condition where(String condition) {
        return ((Statement.Select) JdqlParser.parse("WHERE " + condition)).where();
    }

    @ParameterizedTest
    @CsvSource({"=,EQ", "<>,NE", "<,LT", "<=,LE", ">,GT", ">=,GE"})
    void everyComparisonOperator(String symbol, Operator op) {
        assertSameTree(cmp(path("a"), op, param(1)), where("a " + symbol + " ?1"));
    }

    @Test
    void comparisonOperatorsNeedNoSpaces() {
        assertSameTree(and(cmp(path("a"), Operator.LE, lit(1)), cmp(path("b"), Operator.NE, lit(2))),
                where("a<=1 AND b<>2"));
    }

    @Test
    void andBindsTighterThanOr() {
        assertSameTree(or(eq("a", lit(1)), and(eq("b", lit(2)), eq("c", lit(3)))),
                where("a = 1 OR b = 2 AND c = 3"));
    }

    @Test
    void andBindsTighterThanOrOnEitherSide() {
        assertSameTree(or(and(eq("a", lit(1)), eq("b", lit(2))), eq("c", lit(3))),
                where("a = 1 AND b = 2 OR c = 3"));
    }

    @Test
    void chainsFlattenIntoOneOperator() {
        assertSameTree(or(and(eq("a", lit(1)), eq("b", lit(2)), eq("c", lit(3))), eq("d", lit(4)), eq("e", lit(5))),
                where("a = 1 AND b = 2 AND c = 3 OR d = 4 OR e = 5"));
    }

    @Test
    void notBindsTighterThanAnd() {
        assertSameTree(and(not(eq("a", lit(1))), eq("b", lit(2))), where("NOT a = 1 AND b = 2"));
    }

    @Test
    void notCanRepeat() {
        assertSameTree(not(not(eq("a", lit(1)))), where("not NOT a = 1"));
    }

    @Test
    void parenthesesGroupConditions() {
        assertSameTree(and(or(cmp(path("a"), Operator.GT, lit(1)), cmp(path("b"), Operator.GT, lit(2))), eq("c", lit(3))),
                where("(a > 1 OR b > 2) AND c = 3"));
    }

    @Test
    void notAppliesToAGroup() {
        assertSameTree(not(or(eq("a", lit(1)), eq("b", lit(2)))), where("NOT (a = 1 OR b = 2)"));
    }

    @Test
    void parenthesesGroupScalarsOnTheLeft() {
        assertSameTree(cmp(arith(arith(path("a"), '+', path("b")), '*', lit(2)), Operator.GT, lit(3)),
                where("(a + b) * 2 > 3"));
    }

    @Test
    void parenthesisedScalarAloneOnTheLeft() {
        assertSameTree(eq("a", lit(1)), where("(a) = 1"));
    }

    @Test
    void nestedParenthesesMixConditionsAndScalars() {
        assertSameTree(or(cmp(arith(path("a"), '+', lit(1)), Operator.LT, lit(2)), isNull(path("b"), false)),
                where("(((a + 1)) < 2 OR ((b IS NULL)))"));
    }

    @Test
    void groupedConditionInsideAnd() {
        assertSameTree(and(eq("isOdd", lit(true)), or(eq("id", named("id")), cmp(path("id"), Operator.LT, named("exclusiveMax")))),
                where("isOdd = true and (id = :id or id < :exclusiveMax)"));
    }

    @Test
    void betweenTakesItsOwnAnd() {
        assertSameTree(and(between(path("id"), lit(21), param(1), false), eq("a", lit(1))),
                where("id BETWEEN 21 AND ?1 AND a = 1"));
    }

    @Test
    void notBetween() {
        assertSameTree(between(path("id"), lit(72), lit(78), true), where("id not between 72 and 78"));
    }

    @Test
    void betweenBoundsAreScalars() {
        assertSameTree(between(path("x"), arith(path("a"), '-', lit(1)), arith(path("b"), '*', lit(2)), false),
                where("x BETWEEN a - 1 AND b * 2"));
    }

    @Test
    void likeWithAStringPattern() {
        assertSameTree(like(path("name"), lit("4_"), false), where("name LIKE '4_'"));
    }

    @Test
    void notLikeWithAParameterPattern() {
        assertSameTree(like(path("name"), named("p"), true), where("name NOT LIKE :p"));
    }

    @Test
    void likeAcceptsAConcatenatedPattern() {
        assertSameTree(like(path("name"), concat(concat(lit("%"), param(1)), lit("%")), false),
                where("name LIKE '%' || ?1 || '%'"));
    }

    @Test
    void inListsLiteralsEnumsAndParameters() {
        assertSameTree(in(path("hex"), false, lit("4a"), lit(-1), path("org.example.Kind.A"), param(1)),
                where("hex IN ('4a', -1, org.example.Kind.A, ?1)"));
    }

    @Test
    void notInWithASingleItem() {
        assertSameTree(in(path("c"), true, lit("E")), where("c NOT IN ('E')"));
    }

    @Test
    void isNullAndIsNotNull() {
        assertSameTree(and(isNull(path("a"), false), isNull(path("b.c"), true)), where("a IS NULL AND b.c is not null"));
    }

    @Test
    void booleanLiteralsCompare() {
        assertSameTree(and(eq("a", lit(true)), eq("b", lit(false))), where("a = TRUE AND b = false"));
    }

    @Test
    void functionsInConditions() {
        assertSameTree(cmp(call(Expr.Function.LENGTH, path("name")), Operator.EQ, param(1)),
                where("LENGTH(name) = ?1"));
    }

    @Test
    void conditionPositionsPointAtTheirOperands() {
        Condition.Compare compare = (Condition.Compare) where("a.b >= :min");
        assertEquals(new Expr.Path(List.of("a", "b"), 6), compare.left());
        assertEquals(new Expr.Param(0, "min", 13), compare.right());
    }
}
