package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.ast.Expr.Function;
import io.jadis.provider.internal.query.ast.Expr.Special;
import io.jadis.provider.internal.query.ast.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import static io.jadis.provider.internal.query.parse.Ast.arith;
import static io.jadis.provider.internal.query.parse.Ast.assertSameTree;
import static io.jadis.provider.internal.query.parse.Ast.call;
import static io.jadis.provider.internal.query.parse.Ast.concat;
import static io.jadis.provider.internal.query.parse.Ast.lit;
import static io.jadis.provider.internal.query.parse.Ast.named;
import static io.jadis.provider.internal.query.parse.Ast.negate;
import static io.jadis.provider.internal.query.parse.Ast.now;
import static io.jadis.provider.internal.query.parse.Ast.param;
import static io.jadis.provider.internal.query.parse.Ast.path;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JdqlExpressionTest {

    /** The expression assigned by {@code UPDATE E SET x = <expression>}, which starts at offset 17. */
    static Expr scalar(String expression) {
        return ((Statement.Update) JdqlParser.parse("UPDATE E SET x = " + expression)).assignments().get(0).value();
    }

    static Object value(String literal) {
        return ((Expr.Literal) scalar(literal)).value();
    }

    @Test
    void multiplicationBindsTighterThanAddition() {
        assertSameTree(arith(path("a"), '+', arith(path("b"), '*', path("c"))), scalar("a + b * c"));
    }

    @Test
    void additionBindsTighterThanConcatenation() {
        assertSameTree(concat(path("a"), arith(path("b"), '-', path("c"))), scalar("a || b - c"));
    }

    @Test
    void binaryOperatorsAreLeftAssociative() {
        assertSameTree(arith(arith(path("a"), '-', path("b")), '-', path("c")), scalar("a - b - c"));
        assertSameTree(arith(arith(path("a"), '/', path("b")), '*', path("c")), scalar("a / b * c"));
        assertSameTree(concat(concat(path("a"), path("b")), path("c")), scalar("a || b || c"));
    }

    @Test
    void unaryMinusBindsTighterThanMultiplication() {
        assertSameTree(arith(arith(lit(2), '*', lit(-3)), '+', lit(5)), scalar("2 * -3 + 5"));
    }

    @Test
    void negatedNumberFoldsIntoALiteral() {
        assertEquals(new Expr.Literal(-3, 17), scalar("-3"));
        assertEquals(new Expr.Literal(-2.5, 17), scalar("- 2.5"));
    }

    @Test
    void negatedOtherExpressionsStayNegations() {
        assertSameTree(negate(path("a")), scalar("-a"));
        assertSameTree(negate(arith(path("a"), '+', lit(1))), scalar("-(a + 1)"));
        assertSameTree(negate(lit(-1)), scalar("- -1"));
    }

    @Test
    void unaryPlusIsDropped() {
        assertEquals(new Expr.Literal(4, 17), scalar("+4"));
        assertSameTree(path("a"), scalar("+a"));
    }

    @Test
    void parenthesesOverridePrecedence() {
        assertSameTree(arith(arith(path("a"), '+', path("b")), '*', path("c")), scalar("(a + b) * c"));
    }

    @Test
    void binaryExpressionsStartWhereTheirLeftOperandStarts() {
        Expr.Arithmetic product = (Expr.Arithmetic) scalar("(a + b) * c");
        assertEquals(17, product.position());
        assertEquals(18, product.left().position());
        assertEquals(new Expr.Path(List.of("c"), 27), product.right());
    }

    @Test
    void stringLiterals() {
        assertEquals("hello", value("'hello'"));
        assertEquals("", value("''"));
        assertEquals("a b  c", value("'a b  c'"));
    }

    @Test
    void doubledQuoteEscapesAQuote() {
        assertEquals("it's", value("'it''s'"));
        assertEquals("'", value("''''"));
        assertEquals(" ORDER BY isn't a keyword", value("' ORDER BY isn''t a keyword'"));
    }

    @Test
    void integerLiteralIsIntegerWhenItFits() {
        assertEquals(2147483647, value("2147483647"));
        assertEquals(-2147483648, value("-2147483648"));
        assertEquals(0, value("0"));
    }

    @Test
    void integerLiteralBeyondIntIsLong() {
        assertEquals(2147483648L, value("2147483648"));
        assertEquals(Long.MIN_VALUE, value("-9223372036854775808"));
    }

    @Test
    void integerLiteralBeyondLongIsBigInteger() {
        assertEquals(new BigInteger("9223372036854775808"), value("9223372036854775808"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5L", "5l"})
    void longSuffix(String literal) {
        assertEquals(5L, value(literal));
    }

    @Test
    void negatedLongLiteral() {
        assertEquals(Long.MIN_VALUE, value("-9223372036854775808L"));
    }

    @ParameterizedTest
    @CsvSource({"1.5,1.5", "1.,1.0", ".5,0.5", "1e3,1000.0", "1.5E-2,0.015", "2e+2,200.0", "1.5d,1.5", "1D,1.0", "0.0d,0.0"})
    void decimalLiteralsAreDoubles(String literal, double expected) {
        assertEquals(expected, value(literal));
    }

    @ParameterizedTest
    @CsvSource({"1.5f,1.5", "2F,2.0", "0.0f,0.0", "1e2f,100.0"})
    void floatSuffix(String literal, float expected) {
        assertEquals(expected, value(literal));
    }

    @Test
    void bigDecimalAndBigIntegerSuffixes() {
        assertEquals(new BigDecimal("1.50"), value("1.50bd"));
        assertEquals(new BigDecimal("-3"), value("-3BD"));
        assertEquals(new BigInteger("12"), value("12bi"));
        assertEquals(new BigInteger("-12"), value("-12BI"));
    }

    @Test
    void underscoresSeparateDigits() {
        assertEquals(1000000, value("1_000_000"));
        assertEquals(1234.5, value("1_234.5"));
    }

    @Test
    void booleanLiterals() {
        assertEquals(true, value("TRUE"));
        assertEquals(false, value("false"));
    }

    @ParameterizedTest
    @CsvSource({"LOCAL DATE,LOCAL_DATE", "local time,LOCAL_TIME", "Local DateTime,LOCAL_DATETIME"})
    void localDateTimeAndDatetimeAreNow(String text, Special special) {
        assertEquals(new Expr.Now(special, 17), scalar(text));
    }

    @Test
    void ordinalParameter() {
        assertEquals(new Expr.Param(12, null, 17), scalar("?12"));
    }

    @Test
    void namedParameterKeepsItsSpelling() {
        assertEquals(new Expr.Param(0, "maxPrice", 17), scalar(":maxPrice"));
        assertSameTree(named("select"), scalar(":select"));
    }

    @Test
    void pathsAndEnumLiteralsAreDottedPaths() {
        assertEquals(new Expr.Path(List.of("a", "b", "c"), 17), scalar("a.b.c"));
        assertSameTree(path("java.time.DayOfWeek.MONDAY"), scalar("java.time.DayOfWeek.MONDAY"));
    }

    @ParameterizedTest
    @CsvSource({"ABS,ABS", "length,LENGTH", "Lower,LOWER", "UPPER,UPPER"})
    void oneArgumentFunctions(String name, Function function) {
        assertSameTree(call(function, arith(path("a"), '+', lit(1))), scalar(name + "(a + 1)"));
    }

    @ParameterizedTest
    @CsvSource({"LEFT,LEFT", "right,RIGHT"})
    void twoArgumentFunctions(String name, Function function) {
        assertSameTree(call(function, path("name"), param(1)), scalar(name + "(name, ?1)"));
    }

    @Test
    void functionsNest() {
        Expr expr = scalar("UPPER(LEFT(name, 3)) || 'x'");
        assertSameTree(concat(call(Function.UPPER, call(Function.LEFT, path("name"), lit(3))), lit("x")), expr);
        assertEquals(17, ((Expr.Concat) expr).left().position());
        assertEquals(23, ((Expr.Call) ((Expr.Call) ((Expr.Concat) expr).left()).arguments().get(0)).position());
    }

    @Test
    void arithmeticOnParameters() {
        assertSameTree(arith(named("rate"), '*', path("price")), scalar(":rate * price"));
        assertSameTree(arith(path("y"), '/', param(2)), scalar("y / ?2"));
    }

    @Test
    void literalsOnBothSidesOfAComparison() {
        Condition.Compare compare = (Condition.Compare) ((Statement.Select) JdqlParser.parse("WHERE 1 = 1")).where();
        assertEquals(new Expr.Literal(1, 6), compare.left());
        assertEquals(new Expr.Literal(1, 10), compare.right());
    }
}
