package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Condition.Operator;
import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.ast.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.jadis.provider.internal.query.parse.Ast.and;
import static io.jadis.provider.internal.query.parse.Ast.arith;
import static io.jadis.provider.internal.query.parse.Ast.asc;
import static io.jadis.provider.internal.query.parse.Ast.assertSameTree;
import static io.jadis.provider.internal.query.parse.Ast.attribute;
import static io.jadis.provider.internal.query.parse.Ast.cmp;
import static io.jadis.provider.internal.query.parse.Ast.count;
import static io.jadis.provider.internal.query.parse.Ast.desc;
import static io.jadis.provider.internal.query.parse.Ast.entities;
import static io.jadis.provider.internal.query.parse.Ast.eq;
import static io.jadis.provider.internal.query.parse.Ast.lit;
import static io.jadis.provider.internal.query.parse.Ast.param;
import static io.jadis.provider.internal.query.parse.Ast.path;
import static io.jadis.provider.internal.query.parse.Ast.select;
import static io.jadis.provider.internal.query.parse.Ast.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JdqlStatementTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " \t\r\n\f "})
    void emptyQuerySelectsAllEntities(String jdql) {
        assertEquals(select(null, entities(), null), JdqlParser.parse(jdql));
    }

    @Test
    void fromAloneNamesTheEntity() {
        assertEquals(select("Box", entities(), null), JdqlParser.parse("FROM Box"));
    }

    @Test
    void whereAloneIsASelect() {
        assertSameTree(select(null, entities(), cmp(path("x"), Operator.GT, lit(0))),
                JdqlParser.parse("WHERE x > 0"));
    }

    @Test
    void orderByAloneIsASelect() {
        assertSameTree(select(null, entities(), null, asc("x")), JdqlParser.parse("ORDER BY x"));
    }

    @Test
    void selectOfAPathReturnsThatAttribute() {
        assertSameTree(select("Box", attribute("address.city"), null),
                JdqlParser.parse("SELECT address.city FROM Box"));
    }

    @Test
    void selectCountThisCounts() {
        assertSameTree(select("Box", count(), eq("a", lit(1))),
                JdqlParser.parse("SELECT COUNT(THIS) FROM Box WHERE a = 1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"select count(this)", "Select Count ( This )", "SELECT count(THIS)"})
    void countThisIgnoresCase(String jdql) {
        assertEquals(select(null, count(), null), JdqlParser.parse(jdql));
    }

    @Test
    void countWithoutParenthesesIsAnAttribute() {
        assertSameTree(select(null, attribute("count"), null), JdqlParser.parse("SELECT count"));
    }

    @Test
    void allFourSelectClausesCombine() {
        assertSameTree(select("Box", attribute("name"), cmp(path("width"), Operator.GE, param(1)), desc("name"), asc("id")),
                JdqlParser.parse("SELECT name FROM Box WHERE width >= ?1 ORDER BY name DESC, id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"select name from Box where id = 1 order by name asc",
            "SELECT name FROM Box WHERE id = 1 ORDER BY name ASC",
            "SeLeCt name FrOm Box WhErE id = 1 oRdEr By name AsC"})
    void keywordsIgnoreCase(String jdql) {
        assertSameTree(select("Box", attribute("name"), eq("id", lit(1)), asc("name")), JdqlParser.parse(jdql));
    }

    @Test
    void identifiersKeepTheirSpelling() {
        assertSameTree(select("myBox", attribute("NaMe"), null), JdqlParser.parse("select NaMe from myBox"));
    }

    @Test
    void orderByDirectionDefaultsToAscendingAndNeverIgnoresCase() {
        Statement.Select select = (Statement.Select) JdqlParser.parse("ORDER BY a, b DESC, c ASC, d.e");
        assertSameTree(select(null, entities(), null, asc("a"), desc("b"), asc("c"), asc("d.e")), select);
        select.orderBy().forEach(item -> assertEquals(false, item.ignoreCase()));
    }

    @Test
    void updateSetsEachAssignmentInOrder() {
        assertSameTree(new Statement.Update("Box", List.of(
                        set("length", arith(path("length"), '+', param(1))),
                        set("width", arith(path("width"), '*', param(2)))),
                        cmp(path("height"), Operator.LT, lit(10))),
                JdqlParser.parse("UPDATE Box SET length = length + ?1, width = width * ?2 WHERE height < 10"));
    }

    @Test
    void updateCanSetNull() {
        assertSameTree(new Statement.Update("Box", List.of(set("label", null), set("a.b", lit("x"))), null),
                JdqlParser.parse("update Box set label = null, a.b = 'x'"));
    }

    @Test
    void deleteWithoutWhereDeletesAll() {
        assertEquals(new Statement.Delete("Box", null), JdqlParser.parse("DELETE FROM Box"));
    }

    @Test
    void deleteWithWhere() {
        assertSameTree(new Statement.Delete("Coordinate", and(
                        cmp(path("x"), Operator.GT, lit(0.0d)), cmp(path("y"), Operator.GT, lit(0.0f)))),
                JdqlParser.parse("DELETE FROM Coordinate WHERE x > 0.0d AND y > 0.0f"));
    }

    @Test
    void keywordsAfterADotArePathSegments() {
        assertSameTree(select(null, entities(), eq("status", path("org.example.Order.NEW"))),
                JdqlParser.parse("WHERE status = org.example.Order.NEW"));
    }

    @Test
    void contextualWordsRemainAttributeNames() {
        assertSameTree(new Statement.Update("Box", List.of(
                        set("length", arith(path("length"), '+', lit(1))),
                        set("count", path("this")),
                        set("date", path("is"))), null),
                JdqlParser.parse("UPDATE Box SET length = length + 1, count = this, date = is"));
    }

    @Test
    void positionsOfClausesAreOffsetsInTheQuery() {
        Statement.Select select = (Statement.Select) JdqlParser.parse("SELECT name FROM Box ORDER BY id DESC");
        assertEquals(7, ((Statement.Attribute) select.selection()).path().position());
        assertEquals(new Expr.Path(List.of("id"), 30), select.orderBy().get(0).path());
    }

    @Test
    void positionsOfAssignments() {
        Statement.Update update = (Statement.Update) JdqlParser.parse("UPDATE Box SET width = width - ?1");
        Statement.Assignment assignment = update.assignments().get(0);
        assertEquals(15, assignment.path().position());
        assertEquals(new Expr.Arithmetic(new Expr.Path(List.of("width"), 23), '-',
                new Expr.Param(1, null, 31), 23), assignment.value());
    }
}
