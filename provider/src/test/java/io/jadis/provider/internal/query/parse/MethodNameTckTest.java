package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Condition.Operator;
import io.jadis.provider.internal.query.ast.Condition.TextMatch;
import io.jadis.provider.internal.query.ast.Statement;
import io.jadis.provider.internal.query.ast.Statement.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

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
import static io.jadis.provider.internal.query.parse.Ast.or;
import static io.jadis.provider.internal.query.parse.Ast.param;
import static io.jadis.provider.internal.query.parse.Ast.path;
import static io.jadis.provider.internal.query.parse.Ast.text;
import static io.jadis.provider.internal.query.parse.Ast.upper;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every Query by Method Name declared by a repository of the Jakarta Data 1.0.0 TCK. */
class MethodNameTckTest {

    static Statement.MethodQuery query(Action action, int limit, Condition where, int parameters,
                                       Statement.SortItem... orderBy) {
        return new Statement.MethodQuery(action, limit, where, List.of(orderBy), parameters);
    }

    static Statement.MethodQuery find(Condition where, int parameters, Statement.SortItem... orderBy) {
        return query(Action.FIND, 0, where, parameters, orderBy);
    }

    static Stream<Arguments> tckMethodNames() {
        return Stream.of(
                arguments("countAll", query(Action.COUNT, 0, null, 0)),
                arguments("count", query(Action.COUNT, 0, null, 0)),
                arguments("findAll", find(null, 0)),
                arguments("findById", find(eq("Id", param(1)), 1)),
                arguments("existsById", query(Action.EXISTS, 0, eq("Id", param(1)), 1)),
                arguments("findByIdIn", find(in(path("Id"), false, param(1)), 1)),
                arguments("countByIdBetween", query(Action.COUNT, 0, between(path("Id"), param(1), param(2), false), 2)),
                arguments("countByIdIn", query(Action.COUNT, 0, in(path("Id"), false, param(1)), 1)),
                arguments("existsByIdIn", query(Action.EXISTS, 0, in(path("Id"), false, param(1)), 1)),
                arguments("countByHexadecimalNotNull", query(Action.COUNT, 0, isNull(path("Hexadecimal"), true), 0)),
                arguments("existsByThisCharacter", query(Action.EXISTS, 0, eq("ThisCharacter", param(1)), 1)),
                arguments("countByIdLessThan", query(Action.COUNT, 0, cmp(path("Id"), Operator.LT, param(1)), 1)),
                arguments("existsByIdGreaterThan", query(Action.EXISTS, 0, cmp(path("Id"), Operator.GT, param(1)), 1)),
                arguments("countByPriceGreaterThanEqual",
                        query(Action.COUNT, 0, cmp(path("Price"), Operator.GE, param(1)), 1)),
                arguments("countBySurgePriceGreaterThanEqual",
                        query(Action.COUNT, 0, cmp(path("SurgePrice"), Operator.GE, param(1)), 1)),
                arguments("deleteByProductNumLike", query(Action.DELETE, 0, like(path("ProductNum"), param(1), false), 1)),
                arguments("findByFloorOfSquareRootOrderByIdAsc", find(eq("FloorOfSquareRoot", param(1)), 1, asc("Id"))),
                arguments("findByIdBetweenOrderByNumTypeAsc",
                        find(between(path("Id"), param(1), param(2), false), 2, asc("NumType"))),
                arguments("findByIdGreaterThanEqual", find(cmp(path("Id"), Operator.GE, param(1)), 1)),
                arguments("findByIdLessThan", find(cmp(path("Id"), Operator.LT, param(1)), 1)),
                arguments("findByIdLessThanEqual", find(cmp(path("Id"), Operator.LE, param(1)), 1)),
                arguments("findByIdLessThanOrderByFloorOfSquareRootDesc",
                        find(cmp(path("Id"), Operator.LT, param(1)), 1, desc("FloorOfSquareRoot"))),
                arguments("findByNumTypeAndNumBitsRequiredLessThan",
                        find(and(eq("NumType", param(1)), cmp(path("NumBitsRequired"), Operator.LT, param(2))), 2)),
                arguments("findByNumTypeNot", find(cmp(path("NumType"), Operator.NE, param(1)), 1)),
                arguments("findByNumTypeAndFloorOfSquareRootLessThanEqual",
                        find(and(eq("NumType", param(1)), cmp(path("FloorOfSquareRoot"), Operator.LE, param(2))), 2)),
                arguments("findByHexadecimalContainsAndIsControlNot",
                        find(and(text(path("Hexadecimal"), TextMatch.CONTAINS, param(1), false),
                                cmp(path("IsControl"), Operator.NE, param(2))), 2)),
                arguments("findByHexadecimalIgnoreCaseBetweenAndHexadecimalNotIn",
                        find(and(between(upper(path("Hexadecimal")), upper(param(1)), upper(param(2)), false),
                                in(path("Hexadecimal"), true, param(3))), 3)),
                arguments("findByHexadecimalIgnoreCase",
                        find(cmp(upper(path("Hexadecimal")), Operator.EQ, upper(param(1))), 1)),
                arguments("findByIdBetween", find(between(path("Id"), param(1), param(2), false), 2)),
                arguments("findByIsControlTrueAndNumericValueBetween",
                        find(and(eq("IsControl", lit(true)), between(path("NumericValue"), param(1), param(2), false)), 2)),
                arguments("findByNumericValue", find(eq("NumericValue", param(1)), 1)),
                arguments("findByNumericValueBetween", find(between(path("NumericValue"), param(1), param(2), false), 2)),
                arguments("findByNumericValueLessThanEqualAndNumericValueGreaterThanEqual",
                        find(and(cmp(path("NumericValue"), Operator.LE, param(1)),
                                cmp(path("NumericValue"), Operator.GE, param(2))), 2)),
                arguments("findFirst3ByNumericValueGreaterThanEqualAndHexadecimalEndsWith",
                        query(Action.FIND, 3, and(cmp(path("NumericValue"), Operator.GE, param(1)),
                                text(path("Hexadecimal"), TextMatch.ENDS_WITH, param(2), false)), 2)),
                arguments("findFirstByHexadecimalStartsWithAndIsControlOrderByIdAsc",
                        query(Action.FIND, 1, and(text(path("Hexadecimal"), TextMatch.STARTS_WITH, param(1), false),
                                eq("IsControl", param(2))), 2, asc("Id"))),
                arguments("findByFloorOfSquareRootNotAndIdLessThanOrderByNumBitsRequiredDesc",
                        find(and(cmp(path("FloorOfSquareRoot"), Operator.NE, param(1)),
                                cmp(path("Id"), Operator.LT, param(2))), 2, desc("NumBitsRequired"))),
                arguments("findByIsOddTrueAndIdLessThanEqualOrderByIdDesc",
                        find(and(eq("IsOdd", lit(true)), cmp(path("Id"), Operator.LE, param(1))), 1, desc("Id"))),
                arguments("findByIsOddFalseAndIdBetween",
                        find(and(eq("IsOdd", lit(false)), between(path("Id"), param(1), param(2), false)), 2)),
                arguments("findByNumTypeInOrderByIdAsc", find(in(path("NumType"), false, param(1)), 1, asc("Id"))),
                arguments("findByNumTypeOrFloorOfSquareRoot",
                        find(or(eq("NumType", param(1)), eq("FloorOfSquareRoot", param(2))), 2)),
                arguments("findByNameLike", find(like(path("Name"), param(1), false), 1)),
                arguments("findByPriceNotNullAndPriceLessThanEqual",
                        find(and(isNull(path("Price"), true), cmp(path("Price"), Operator.LE, param(1))), 1)),
                arguments("findByPriceNull", find(isNull(path("Price"), false), 0)),
                arguments("findByProductNumBetween", find(between(path("ProductNum"), param(1), param(2), false), 2)),
                arguments("findByProductNumLike", find(like(path("ProductNum"), param(1), false), 1)),
                arguments("findByIdInOrderByAgeDesc", find(in(path("Id"), false, param(1)), 1, desc("Age"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tckMethodNames")
    void tckMethodNameParses(String methodName, Statement.MethodQuery expected) {
        assertSameTree(expected, MethodNameParser.parse(methodName));
    }
}
