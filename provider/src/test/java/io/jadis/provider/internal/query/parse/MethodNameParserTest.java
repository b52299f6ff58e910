package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Condition.Operator;
import io.jadis.provider.internal.query.ast.Condition.TextMatch;
import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.ast.Statement;
import io.jadis.provider.internal.query.ast.Statement.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.jadis.provider.internal.query.parse.Ast.and;
import static io.jadis.provider.internal.query.parse.Ast.asc;
import static io.jadis.provider.internal.query.parse.Ast.assertSameTree;
import static io.jadis.provider.internal.query.parse.Ast.between;
import static io.jadis.provider.internal.query.parse.Ast.cmp;
import static io.jadis.provider.internal.query.parse.Ast.desc;
import static io.jadis.provider.internal.query.parse.Ast.eq;
import static io.jadis.provider.internal.query.parse.Ast.in;
import static io.jadis.provider.internal.query.parse.Ast.isNull;
import static io.jadis.provider.internal.query.parse.Ast.like;
import static io.jadis.provider.internal.query.parse.Ast.lit;
import static io.jadis.provider.internal.query.parse.Ast.not;
import static io.jadis.provider.internal.query.parse.Ast.or;
import static io.jadis.provider.internal.query.parse.Ast.param;
import static io.jadis.provider.internal.query.parse.Ast.path;
import static io.jadis.provider.internal.query.parse.Ast.segments;
import static io.jadis.provider.internal.query.parse.Ast.text;
import static io.jadis.provider.internal.query.parse.Ast.upper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MethodNameParserTest {

    static Condition where(String methodName) {
        return MethodNameParser.parse(methodName).where();
    }

    static Statement.MethodQuery find(Condition where, int parameters, Statement.SortItem... orderBy) {
        return new Statement.MethodQuery(Action.FIND, 0, where, List.of(orderBy), parameters);
    }

    static QuerySyntaxException failure(String methodName) {
        return assertThrows(QuerySyntaxException.class, () -> MethodNameParser.parse(methodName));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "save", "getById", "removeAll", "fetchByName", "Find", "findx", "finder",
            "counter", "deleted", "existing", "countless"})
    void namesWithoutAnActionAreNotQueries(String methodName) {
        assertNull(MethodNameParser.parse(methodName));
    }

    @ParameterizedTest
    @CsvSource({"find,FIND", "count,COUNT", "exists,EXISTS", "delete,DELETE",
            "findAll,FIND", "countAll,COUNT", "existsAny,EXISTS", "deleteAll,DELETE", "deleteEverything,DELETE"})
    void anActionAloneOrWithIgnoredTextSelectsEverything(String methodName, Action action) {
        assertEquals(new Statement.MethodQuery(action, 0, null, List.of(), 0), MethodNameParser.parse(methodName));
    }

    @ParameterizedTest
    @ValueSource(strings = {"findByName", "findAllByName", "findProductsByName", "findBylawsByName"})
    void textBetweenTheActionAndByIsIgnored(String methodName) {
        assertSameTree(find(eq("Name", param(1)), 1), MethodNameParser.parse(methodName));
    }

    @ParameterizedTest
    @CsvSource({"countAllByName,COUNT", "existsByName,EXISTS", "deleteAllByName,DELETE"})
    void everyActionTakesARestriction(String methodName, Action action) {
        assertSameTree(new Statement.MethodQuery(action, 0, eq("Name", param(1)), List.of(), 1),
                MethodNameParser.parse(methodName));
    }

    @ParameterizedTest
    @CsvSource({"findFirst,1", "findFirstByName,1", "findFirst10ByName,10", "findFirst3OrderByScoreDesc,3",
            "findFirst5,5", "findFirst2ProductsByName,2"})
    void firstLimitsAFind(String methodName, int limit) {
        assertEquals(limit, MethodNameParser.parse(methodName).limit());
    }

    @Test
    void firstWithoutOrderOrRestriction() {
        assertSameTree(new Statement.MethodQuery(Action.FIND, 3, null, List.of(desc("Score")), 0),
                MethodNameParser.parse("findFirst3OrderByScoreDesc"));
    }

    @Test
    void firstAfterByIsPartOfAProperty() {
        assertSameTree(find(eq("FirstName", param(1)), 1), MethodNameParser.parse("findByFirstName"));
    }

    @Test
    void equalityIsTheDefaultOperator() {
        assertEquals(new Statement.MethodQuery(Action.FIND, 0,
                        new Condition.Compare(new Expr.Path(List.of("Name"), 6), Operator.EQ, new Expr.Param(1, null, 6)),
                        List.of(), 1),
                MethodNameParser.parse("findByName"));
    }

    @ParameterizedTest
    @CsvSource({"LessThan,LT", "LessThanEqual,LE", "GreaterThan,GT", "GreaterThanEqual,GE"})
    void comparisonOperators(String keyword, Operator op) {
        assertSameTree(cmp(path("Age"), op, param(1)), where("findByAge" + keyword));
        assertSameTree(not(cmp(path("Age"), op, param(1))), where("findByAgeNot" + keyword));
    }

    @ParameterizedTest
    @CsvSource({"StartsWith,STARTS_WITH", "EndsWith,ENDS_WITH", "Contains,CONTAINS"})
    void textOperators(String keyword, TextMatch match) {
        assertSameTree(text(path("Name"), match, param(1), false), where("findByName" + keyword));
        assertSameTree(text(path("Name"), match, param(1), true), where("findByNameNot" + keyword));
    }

    @Test
    void notAloneMeansNotEqual() {
        assertSameTree(cmp(path("Name"), Operator.NE, param(1)), where("findByNameNot"));
    }

    @Test
    void betweenTakesTwoParameters() {
        assertSameTree(between(path("Date"), param(1), param(2), false), where("findByDateBetween"));
        assertSameTree(between(path("Date"), param(1), param(2), true), where("findByDateNotBetween"));
    }

    @Test
    void inTakesOneCollectionParameter() {
        assertSameTree(in(path("Id"), false, param(1)), where("findByIdIn"));
        assertSameTree(in(path("Id"), true, param(1)), where("findByIdNotIn"));
    }

    @Test
    void likeTakesAPattern() {
        assertSameTree(like(path("Title"), param(1), false), where("findByTitleLike"));
        assertSameTree(like(path("Title"), param(1), true), where("findByTitleNotLike"));
    }

    @Test
    void nullTrueAndFalseTakeNoParameter() {
        assertSameTree(isNull(path("YearRetired"), false), where("findByYearRetiredNull"));
        assertSameTree(isNull(path("YearRetired"), true), where("findByYearRetiredNotNull"));
        assertSameTree(eq("Salaried", lit(true)), where("findBySalariedTrue"));
        assertSameTree(cmp(path("Salaried"), Operator.NE, lit(true)), where("findBySalariedNotTrue"));
        assertSameTree(eq("Completed", lit(false)), where("findByCompletedFalse"));
        assertSameTree(cmp(path("Completed"), Operator.NE, lit(false)), where("findByCompletedNotFalse"));
        assertEquals(0, MethodNameParser.parse("findByAgeNullAndActiveTrueAndDoneFalse").parameterCount());
    }

    @Test
    void ignoreCaseUppercasesThePropertyAndTheArgument() {
        assertSameTree(text(upper(path("Name")), TextMatch.STARTS_WITH, upper(param(1)), false),
                where("findByNameIgnoreCaseStartsWith"));
        assertSameTree(cmp(upper(path("Name")), Operator.EQ, upper(param(1))), where("findByNameIgnoreCase"));
        assertSameTree(like(upper(path("StreetName")), upper(param(1)), true), where("findByStreetNameIgnoreCaseNotLike"));
        assertSameTree(cmp(upper(path("Name")), Operator.NE, upper(param(1))), where("findByNameIgnoreCaseNot"));
    }

    @Test
    void ignoreCaseCallsStartWhereTheirArgumentStarts() {
        Condition.Compare compare = (Condition.Compare) where("findByNameIgnoreCase");
        assertEquals(new Expr.Call(Expr.Function.UPPER, List.of(new Expr.Path(List.of("Name"), 6)), 6), compare.left());
        assertEquals(new Expr.Call(Expr.Function.UPPER, List.of(new Expr.Param(1, null, 6)), 6), compare.right());
    }

    @Test
    void andBindsTighterThanOr() {
        assertSameTree(or(eq("A", param(1)), and(eq("B", param(2)), eq("C", param(3)))), where("findByAOrBAndC"));
        assertSameTree(or(and(eq("A", param(1)), eq("B", param(2))), and(eq("C", param(3)), eq("D", param(4)))),
                where("findByAAndBOrCAndD"));
        assertSameTree(and(eq("A", param(1)), eq("B", param(2)), eq("C", param(3))), where("findByAAndBAndC"));
        assertSameTree(or(eq("A", param(1)), eq("B", param(2)), eq("C", param(3))), where("findByAOrBOrC"));
    }

    @Test
    void parametersAreNumberedInTheOrderConditionsUseThem() {
        Statement.MethodQuery query = MethodNameParser.parse("findByNameLikeAndYearMadeBetweenAndPriceLessThan");
        assertSameTree(and(like(path("Name"), param(1), false), between(path("YearMade"), param(2), param(3), false),
                cmp(path("Price"), Operator.LT, param(4))), query.where());
        assertEquals(4, query.parameterCount());
    }

    @Test
    void parametersArePlacedAtTheirOperator() {
        Condition.And and = (Condition.And) where("findByNameLikeAndPriceLessThan");
        assertEquals(new Condition.Like(new Expr.Path(List.of("Name"), 6), new Expr.Param(1, null, 10), false),
                and.operands().get(0));
        assertEquals(new Condition.Compare(new Expr.Path(List.of("Price"), 17), Operator.LT, new Expr.Param(2, null, 22)),
                and.operands().get(1));
    }

    @Test
    void propertiesKeepTheirSpellingAndSplitOnlyOnUnderscores() {
        assertSameTree(eq("AddressZipCode", param(1)), where("findByAddressZipCode"));
        assertSameTree(cmp(segments("Address", "ZipCode"), Operator.EQ, param(1)), where("findByAddress_ZipCode"));
        assertSameTree(cmp(segments("Address", "zipcode"), Operator.EQ, param(1)), where("findByAddress_zipcode"));
        assertSameTree(cmp(segments("A", "b", "c"), Operator.LT, param(1)), where("findByA_b_cLessThan"));
    }

    @Test
    void orderByItemsWithDirections() {
        assertSameTree(find(like(path("Name"), param(1), false), 1, desc("Price"), asc("Id")),
                MethodNameParser.parse("findByNameLikeOrderByPriceDescIdAsc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"findByAgeOrderById", "findByAgeOrderByIdAsc"})
    void aSingleOrderItemMayOmitItsDirection(String methodName) {
        assertSameTree(find(eq("Age", param(1)), 1, asc("Id")), MethodNameParser.parse(methodName));
    }

    @Test
    void theLastOfSeveralOrderItemsMayOmitItsDirection() {
        assertSameTree(find(null, 0, desc("Name"), asc("Age")), MethodNameParser.parse("findAllOrderByNameDescAge"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"findAllOrderByName", "findOrderByName", "findByOrderByName", "findAllByOrderByName"})
    void orderWithoutRestriction(String methodName) {
        assertSameTree(find(null, 0, asc("Name")), MethodNameParser.parse(methodName));
    }

    @Test
    void orderItemsMayIgnoreCase() {
        assertEquals(List.of(new Statement.SortItem(new Expr.Path(List.of("Name"), 11), true, true),
                        new Statement.SortItem(new Expr.Path(List.of("Id"), 29), false, false),
                        new Statement.SortItem(new Expr.Path(List.of("City"), 34), false, true)),
                MethodNameParser.parse("findOrderByNameIgnoreCaseDescIdAscCityIgnoreCase").orderBy());
    }

    @Test
    void orderItemsMayBeCompound() {
        assertSameTree(find(null, 0, new Statement.SortItem(segments("Address", "City"), true, false)),
                MethodNameParser.parse("findAllOrderByAddress_CityDesc"));
    }

    @Test
    void orderByPositionsAreOffsetsInTheName() {
        Statement.MethodQuery query = MethodNameParser.parse("findByAgeOrderByHeightDescIdAsc");
        assertEquals(16, query.orderBy().get(0).path().position());
        assertEquals(26, query.orderBy().get(1).path().position());
    }

    @Test
    void syntaxErrorNamesThePosition() {
        QuerySyntaxException e = failure("findByNameAnd");
        assertEquals("expected a condition after And at position 13 in \"findByNameAnd\"", e.getMessage());
        assertEquals(13, e.position());
        assertEquals("findByNameAnd", e.query());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "findBy                    | 6  | expected a condition after By",
            "countAllBy                | 10 | expected a condition after By",
            "findByNameOr              | 12 | expected a condition after Or",
            "findByNameAndOrderByAge   | 13 | expected a condition after And",
            "findByNameOrderBy         | 17 | expected a property after OrderBy",
            "findOrderBy               | 11 | expected a property after OrderBy",
            "countFirstByName          | 5  | First is only allowed with find",
            "deleteFirst3ByName        | 6  | First is only allowed with find",
            "findFirst0ByName          | 9  | the limit after First must be at least 1",
            "findFirst99999999999      | 9  | the limit First99999999999 is too large",
            "countByNameOrderByAge     | 11 | OrderBy is only allowed with find",
            "deleteAllOrderByAge       | 9  | OrderBy is only allowed with find",
            "existsByOrderByAge        | 8  | OrderBy is only allowed with find",
            "findBy_Name               | 6  | expected a name on each side of '_' in the property '_Name'",
            "findByName_               | 10 | expected a name on each side of '_' in the property 'Name_'",
            "findByA__BLike            | 8  | expected a name on each side of '_' in the property 'A__B'",
            "findAllOrderByAge_        | 17 | expected a name on each side of '_' in the property 'Age_'",
    })
    void malformedNames(String methodName, int position, String problem) {
        assertEquals(problem + " at position " + position + " in \"" + methodName + "\"",
                failure(methodName).getMessage());
    }
}
