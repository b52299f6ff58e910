package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Condition.Operator;
import io.jadis.provider.internal.query.ast.Expr.Function;
import io.jadis.provider.internal.query.ast.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jadis.provider.internal.query.parse.Ast.and;
import static io.jadis.provider.internal.query.parse.Ast.arith;
import static io.jadis.provider.internal.query.parse.Ast.asc;
import static io.jadis.provider.internal.query.parse.Ast.assertSameTree;
import static io.jadis.provider.internal.query.parse.Ast.attribute;
import static io.jadis.provider.internal.query.parse.Ast.between;
import static io.jadis.provider.internal.query.parse.Ast.call;
import static io.jadis.provider.internal.query.parse.Ast.cmp;
import static io.jadis.provider.internal.query.parse.Ast.count;
import static io.jadis.provider.internal.query.parse.Ast.desc;
import static io.jadis.provider.internal.query.parse.Ast.entities;
import static io.jadis.provider.internal.query.parse.Ast.eq;
import static io.jadis.provider.internal.query.parse.Ast.in;
import static io.jadis.provider.internal.query.parse.Ast.isNull;
import static io.jadis.provider.internal.query.parse.Ast.like;
import static io.jadis.provider.internal.query.parse.Ast.lit;
import static io.jadis.provider.internal.query.parse.Ast.named;
import static io.jadis.provider.internal.query.parse.Ast.or;
import static io.jadis.provider.internal.query.parse.Ast.param;
import static io.jadis.provider.internal.query.parse.Ast.path;
import static io.jadis.provider.internal.query.parse.Ast.select;
import static io.jadis.provider.internal.query.parse.Ast.set;

/** Every {@code @Query} of the Jakarta Data 1.0.0 TCK, with the tree it must produce. */
class JdqlTckQueryTest {

    @Test
    void naturalNumbersOddsFrom21To() {
        assertSameTree(select(null, attribute("id"),
                        and(eq("isOdd", lit(true)), between(path("id"), lit(21), param(1), false)), asc("id")),
                JdqlParser.parse("SELECT id WHERE isOdd = true AND id BETWEEN 21 AND ?1 ORDER BY id ASC"));
    }

    @Test
    void naturalNumbersTwoComparesWithAnEnumLiteral() {
        assertSameTree(select(null, entities(), and(eq("isOdd", lit(false)),
                        eq("numType", path("ee.jakarta.tck.data.framework.read.only.NaturalNumber.NumberType.PRIME")))),
                JdqlParser.parse("WHERE isOdd = false AND numType = "
                        + "ee.jakarta.tck.data.framework.read.only.NaturalNumber.NumberType.PRIME"));
    }

    @Test
    void asciiCharactersAllIsABlankQuery() {
        assertSameTree(select(null, entities(), null), JdqlParser.parse(" "));
    }

    @Test
    void asciiCharactersAlphabetic() {
        assertSameTree(select(null, entities(), null, asc("id")), JdqlParser.parse("ORDER BY id ASC"));
    }

    @Test
    void asciiCharactersGetABCDFO() {
        assertSameTree(select(null, attribute("thisCharacter"), and(
                        like(path("hexadecimal"), lit("4_"), false),
                        like(path("hexadecimal"), lit("%0"), true),
                        in(path("thisCharacter"), true, lit("E"), lit("G")),
                        between(path("id"), lit(72), lit(78), true)), asc("id")),
                JdqlParser.parse("select thisCharacter where hexadecimal like '4_'"
                        + " and hexadecimal not like '%0'"
                        + " and thisCharacter not in ('E', 'G')"
                        + " and id not between 72 and 78"
                        + " order by id asc"));
    }

    @Test
    void asciiCharactersHex() {
        assertSameTree(select(null, attribute("hexadecimal"),
                        and(isNull(path("hexadecimal"), true), eq("thisCharacter", param(1)))),
                JdqlParser.parse("SELECT hexadecimal WHERE hexadecimal IS NOT NULL AND thisCharacter = ?1"));
    }

    @Test
    void asciiCharactersJklOrKeepsKeywordsInsideAString() {
        assertSameTree(select(null, entities(), and(
                        cmp(path("hexadecimal"), Operator.NE, lit(" ORDER BY isn't a keyword when inside a literal")),
                        in(path("hexadecimal"), false, lit("4a"), lit("4b"), lit("4c"), param(1)))),
                JdqlParser.parse("WHERE hexadecimal <> ' ORDER BY isn''t a keyword when inside a literal'"
                        + " AND hexadecimal IN ('4a', '4b', '4c', ?1)"));
    }

    @Test
    void asciiCharactersReverseAlphabetic() {
        assertSameTree(select(null, attribute("thisCharacter"), null, desc("id")),
                JdqlParser.parse("SELECT thisCharacter ORDER BY id DESC"));
    }

    @Test
    void asciiCharactersTwentyFour() {
        assertSameTree(select(null, count(), and(cmp(path("numericValue"), Operator.LE, lit(97)),
                        cmp(path("numericValue"), Operator.GE, lit(74)))),
                JdqlParser.parse("SELECT COUNT(THIS) WHERE numericValue <= 97 AND numericValue >= 74"));
    }

    @Test
    void idOperationsWithIdEqualOrAbove() {
        assertSameTree(select(null, attribute("id"), cmp(path("id"), Operator.GE, named("inclusiveMin")), asc("id")),
                JdqlParser.parse("SELECT id WHERE id >= :inclusiveMin ORDER BY id ASC"));
    }

    @Test
    void positiveIntegersOddAndEqualToOrBelow() {
        assertSameTree(select(null, attribute("id"), and(eq("isOdd", lit(true)),
                        or(eq("id", named("id")), cmp(path("id"), Operator.LT, named("exclusiveMax")))), desc("id")),
                JdqlParser.parse("Select id Where isOdd = true and (id = :id or id < :exclusiveMax) Order by id Desc"));
    }

    @Test
    void positiveIntegersWithBitCountOrOfTypeAndBelow() {
        assertSameTree(select(null, entities(), or(eq("numBitsRequired", named("bits")),
                        and(eq("numType", named("type")), cmp(path("id"), Operator.LT, named("xmax"))))),
                JdqlParser.parse("WHERE numBitsRequired = :bits OR numType = :type AND id < :xmax"));
    }

    @Test
    void catalogFindByNameLengthAndPriceBelow() {
        assertSameTree(select(null, entities(), and(cmp(call(Function.LENGTH, path("name")), Operator.EQ, param(1)),
                        cmp(path("price"), Operator.LT, param(2))), asc("name")),
                JdqlParser.parse("WHERE LENGTH(name) = ?1 AND price < ?2 ORDER BY name"));
    }

    @Test
    void catalogWithTaxBetween() {
        assertSameTree(select("Product", entities(), and(
                        cmp(arith(named("rate"), '*', path("price")), Operator.LE, named("max")),
                        cmp(arith(named("rate"), '*', path("price")), Operator.GE, named("min"))), asc("name")),
                JdqlParser.parse("FROM Product WHERE (:rate * price <= :max AND :rate * price >= :min) ORDER BY name"));
    }

    @Test
    void multipleEntityRepoRemoveAll() {
        assertSameTree(new Statement.Delete("Box", null), JdqlParser.parse("DELETE FROM Box"));
    }

    @Test
    void multipleEntityRepoResizeAll() {
        assertSameTree(new Statement.Update("Box", List.of(
                        set("length", arith(path("length"), '+', param(1))),
                        set("width", arith(path("width"), '-', param(1))),
                        set("height", arith(path("height"), '*', param(2)))), null),
                JdqlParser.parse("UPDATE Box SET length = length + ?1, width = width - ?1, height = height * ?2"));
    }

    @Test
    void multipleEntityRepoDeleteIfPositive() {
        assertSameTree(new Statement.Delete("Coordinate", and(cmp(path("x"), Operator.GT, lit(0.0d)),
                        cmp(path("y"), Operator.GT, lit(0.0f)))),
                JdqlParser.parse("DELETE FROM Coordinate WHERE x > 0.0d AND y > 0.0f"));
    }

    @Test
    void multipleEntityRepoMove() {
        assertSameTree(new Statement.Update("Coordinate", List.of(
                        set("x", named("newX")), set("y", arith(path("y"), '/', named("yDivisor")))),
                        eq("id", named("id"))),
                JdqlParser.parse("UPDATE Coordinate SET x = :newX, y = y / :yDivisor WHERE id = :id"));
    }

    @Test
    void multipleEntityRepoWithUUID() {
        assertSameTree(select(null, entities(), eq("id", param(1))), JdqlParser.parse("WHERE id = ?1"));
    }
}
