package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Condition.Operator;
import org.junit.jupiter.api.Test;

import static io.jadis.provider.internal.query.parse.Ast.and;
import static io.jadis.provider.internal.query.parse.Ast.asc;
import static io.jadis.provider.internal.query.parse.Ast.assertSameTree;
import static io.jadis.provider.internal.query.parse.Ast.cmp;
import static io.jadis.provider.internal.query.parse.Ast.desc;
import static io.jadis.provider.internal.query.parse.Ast.eq;
import static io.jadis.provider.internal.query.parse.Ast.isNull;
import static io.jadis.provider.internal.query.parse.Ast.like;
import static io.jadis.provider.internal.query.parse.Ast.lit;
import static io.jadis.provider.internal.query.parse.Ast.or;
import static io.jadis.provider.internal.query.parse.Ast.param;
import static io.jadis.provider.internal.query.parse.Ast.path;
import static io.jadis.provider.internal.query.parse.MethodNameParserTest.find;
import static io.jadis.provider.internal.query.parse.MethodNameParserTest.where;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Property names that contain keywords, and keywords that are prefixes of other keywords. */
class MethodNameTrapTest {

    @Test
    void orderNotFollowedByByIsPartOfAProperty() {
        assertSameTree(eq("OrderNumber", param(1)), where("findByOrderNumber"));
        assertSameTree(find(eq("OrderNumber", param(1)), 1, asc("OrderDate")),
                MethodNameParser.parse("findByOrderNumberOrderByOrderDate"));
    }

    @Test
    void orInsideAWordIsNotADelimiter() {
        assertSameTree(eq("IsOrdered", param(1)), where("findByIsOrdered"));
        assertSameTree(eq("OriginCountry", param(1)), where("findByOriginCountry"));
        assertSameTree(eq("CountryOrigin", param(1)), where("findByCountryOrigin"));
        assertSameTree(eq("FloorOfSquareRoot", param(1)), where("findByFloorOfSquareRoot"));
    }

    @Test
    void andInsideAWordIsNotADelimiter() {
        assertSameTree(eq("AndroidVersion", param(1)), where("findByAndroidVersion"));
        assertSameTree(eq("BrandAndroid", param(1)), where("findByBrandAndroid"));
        assertSameTree(or(eq("Brand", param(1)), eq("Model", param(2))), where("findByBrandOrModel"));
    }

    @Test
    void notInsideAWordIsNotANegation() {
        assertSameTree(like(path("Notes"), param(1), false), where("findByNotesLike"));
        assertSameTree(like(path("NameNotes"), param(1), false), where("findByNameNotesLike"));
        assertSameTree(eq("Notified", lit(true)), where("findByNotifiedTrue"));
    }

    @Test
    void operatorKeywordsInsideWordsAreNotOperators() {
        assertSameTree(eq("Inactive", param(1)), where("findByInactive"));
        assertSameTree(eq("Nullable", lit(false)), where("findByNullableFalse"));
        assertSameTree(eq("Likes", param(1)), where("findByLikes"));
        assertSameTree(cmp(path("Truest"), Operator.GT, param(1)), where("findByTruestGreaterThan"));
    }

    @Test
    void keywordsThatCannotEndAConditionArePartOfTheProperty() {
        assertSameTree(eq("InStock", param(1)), where("findByInStock"));
        assertSameTree(eq("InStock", lit(true)), where("findByInStockTrue"));
        assertSameTree(eq("NameInStock", param(1)), where("findByNameInStock"));
        assertSameTree(eq("IsTrueValue", param(1)), where("findByIsTrueValue"));
        assertSameTree(isNull(path("Not"), false), where("findByNotNull"));
        assertSameTree(eq("Or", param(1)), where("findByOr"));
    }

    @Test
    void longerOperatorsWin() {
        assertSameTree(cmp(path("Price"), Operator.LE, param(1)), where("findByPriceLessThanEqual"));
        assertSameTree(cmp(path("Age"), Operator.GE, param(1)), where("findByAgeGreaterThanEqual"));
        assertSameTree(and(cmp(path("A"), Operator.LE, param(1)), cmp(path("B"), Operator.GE, param(2))),
                where("findByALessThanEqualAndBGreaterThanEqual"));
    }

    @Test
    void directionKeywordsInsideWordsAreNotDirections() {
        assertSameTree(find(null, 0, desc("Description")), MethodNameParser.parse("findAllOrderByDescriptionDesc"));
        assertSameTree(find(null, 0, asc("Ascent"), desc("Name")), MethodNameParser.parse("findOrderByAscentAscNameDesc"));
        assertSameTree(find(null, 0, asc("NameAscending")), MethodNameParser.parse("findOrderByNameAscending"));
    }

    @Test
    void byBeforeALowerCaseLetterIsNotTheRestriction() {
        assertSameTree(find(null, 0), MethodNameParser.parse("findBytes"));
    }

    @Test
    void byInsideAPropertyIsNotAKeyword() {
        assertSameTree(eq("Bylaw", param(1)), where("findByBylaw"));
        assertSameTree(eq("BorderByte", param(1)), where("findByBorderByte"));
    }

    @Test
    void aPropertyMayBeOneLetter() {
        assertEquals(2, MethodNameParser.parse("findByXOrY").parameterCount());
        assertSameTree(or(eq("X", param(1)), eq("Y", param(2))), where("findByXOrY"));
    }
}
