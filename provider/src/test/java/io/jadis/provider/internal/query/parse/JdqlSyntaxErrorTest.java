package io.jadis.provider.internal.query.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JdqlSyntaxErrorTest {

    static QuerySyntaxException failure(String jdql) {
        return assertThrows(QuerySyntaxException.class, () -> JdqlParser.parse(jdql));
    }

    @Test
    void syntaxErrorNamesWhatWasExpectedWhatWasFoundAndThePosition() {
        QuerySyntaxException e = failure("SELECT name FROM Box ORDER BY , x");
        assertEquals("expected an attribute name after ORDER BY but found ',' at position 30"
                + " in \"SELECT name FROM Box ORDER BY , x\"", e.getMessage());
        assertEquals(30, e.position());
        assertEquals("SELECT name FROM Box ORDER BY , x", e.query());
    }

    @Test
    void trailingGarbageIsAnError() {
        QuerySyntaxException e = failure("SELECT a FROM B WHERE x = 1 )");
        assertEquals("expected the end of the query but found ')' at position 28 in \"SELECT a FROM B WHERE x = 1 )\"",
                e.getMessage());
    }

    @Test
    void unterminatedStringPointsAtItsOpeningQuote() {
        QuerySyntaxException e = failure("WHERE a = 'it''s");
        assertEquals("unterminated string literal at position 10 in \"WHERE a = 'it''s\"", e.getMessage());
    }

    @Test
    void aSingleBarIsNotAnOperator() {
        assertEquals("unexpected character '|' at position 8 in \"WHERE a | b\"", failure("WHERE a | b").getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "WHERE a != 1                    | 8  | unexpected character '!'",
            "WHERE a = ?                     | 11 | expected a parameter number after '?' but found the end of the query",
            "WHERE a = ?0                    | 10 | ordinal parameters are numbered from ?1, not ?0",
            "WHERE a = ?99999999999          | 10 | parameter number ?99999999999 is too large",
            "WHERE a = ?2abc                 | 10 | malformed parameter '?2abc'",
            "WHERE a = : x                   | 11 | expected a parameter name after ':' but found ' '",
            "WHERE a = 12abc                 | 10 | malformed number '12abc'",
            "WHERE a = 1.5L                  | 10 | malformed number '1.5L'",
            "WHERE a = 1e                    | 12 | expected the digits of an exponent but found the end of the query",
            "WHERE a = 1_                    | 11 | an underscore in a number must be followed by a digit",
            "WHERE a = 99999999999999999999L | 10 | the long literal 99999999999999999999 is out of range",
            "WHERE a = 1e999                 | 10 | the double literal 1e999 is out of range",
            "WHERE a = -1e99f                | 10 | the float literal -1e99 is out of range",
    })
    void lexicalErrors(String jdql, int position, String problem) {
        QuerySyntaxException e = failure(jdql.strip());
        assertEquals(problem, e.getMessage().substring(0, e.getMessage().lastIndexOf(" at position ")));
        assertEquals(position, e.position());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a = 1                      | 0  | expected SELECT, UPDATE, DELETE, FROM, WHERE or ORDER BY but found 'a'",
            "SELECT                     | 6  | expected an attribute name or COUNT(THIS) after SELECT but found the end of the query",
            "SELECT FROM Box            | 7  | expected an attribute name or COUNT(THIS) after SELECT but found 'FROM'",
            "SELECT COUNT(x)            | 13 | expected THIS after COUNT( but found 'x'",
            "SELECT COUNT(THIS          | 17 | expected ')' after COUNT(THIS but found the end of the query",
            "SELECT a FROM              | 13 | expected an entity name after FROM but found the end of the query",
            "SELECT a FROM B.C          | 15 | expected the end of the query but found '.'",
            "FROM Box SELECT a          | 9  | expected the end of the query but found 'SELECT'",
            "FROM Box WHERE a = 'x' 'y' | 23 | expected the end of the query but found 'y'",
            "ORDER name                 | 6  | expected BY after ORDER but found 'name'",
            "ORDER BY a,                | 11 | expected an attribute name after ',' but found the end of the query",
            "ORDER BY a DESC DESC       | 16 | expected the end of the query but found 'DESC'",
            "DELETE Box                 | 7  | expected FROM after DELETE but found 'Box'",
            "DELETE FROM Box WHERE      | 21 | expected an expression after WHERE but found the end of the query",
            "UPDATE SET x = 1           | 7  | expected an entity name after UPDATE but found 'SET'",
            "UPDATE Box x = 1           | 11 | expected SET after the entity name but found 'x'",
            "UPDATE Box SET             | 14 | expected an attribute name after SET but found the end of the query",
            "UPDATE Box SET x 1         | 17 | expected '=' after the attribute name but found '1'",
            "UPDATE Box SET x = 1,      | 21 | expected an attribute name after ',' but found the end of the query",
            "UPDATE Box SET x =         | 18 | expected an expression after '=' but found the end of the query",
    })
    void clauseErrors(String jdql, int position, String problem) {
        QuerySyntaxException e = failure(jdql.strip());
        assertEquals(problem + " at position " + position + " in \"" + jdql.strip() + "\"", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "WHERE                      | 5  | expected an expression after WHERE but found the end of the query",
            "WHERE a =                  | 9  | expected an expression after '=' but found the end of the query",
            "WHERE a + > 1              | 10 | expected an expression after '+' but found '>'",
            "WHERE a = 1 AND            | 15 | expected an expression after AND but found the end of the query",
            "WHERE NOT                  | 9  | expected an expression after NOT but found the end of the query",
            "WHERE a                    | 7  | expected a comparison operator, IS, NOT, BETWEEN, LIKE or IN but found the end of the query",
            "WHERE a b = 1              | 8  | expected a comparison operator, IS, NOT, BETWEEN, LIKE or IN but found 'b'",
            "WHERE a NOT = 1            | 12 | expected BETWEEN, LIKE or IN after NOT but found '='",
            "WHERE a BETWEEN 1 OR 2     | 18 | expected AND between the bounds of BETWEEN but found 'OR'",
            "WHERE a IS 1               | 11 | expected NULL after IS but found '1'",
            "WHERE a IS NOT 1           | 15 | expected NULL after IS NOT but found '1'",
            "WHERE a IN 1               | 11 | expected '(' after IN but found '1'",
            "WHERE a IN ()              | 12 | expected an expression after '(' but found ')'",
            "WHERE a IN (1, 2           | 16 | expected ')' or ',' in the IN list but found the end of the query",
            "WHERE a LIKE               | 12 | expected an expression after LIKE but found the end of the query",
            "WHERE a = NULL             | 10 | expected an expression after '=' but found 'NULL'",
            "WHERE order = 1            | 6  | expected an expression after WHERE but found 'order'",
            "WHERE a. = 1               | 9  | expected a name after '.' but found '='",
            "WHERE (a = 1               | 12 | expected ')' after the condition but found the end of the query",
            "WHERE (a + 1 > 2           | 16 | expected ')' after the condition but found the end of the query",
            "WHERE (a + 1) * > 2        | 16 | expected an expression after '*' but found '>'",
            "WHERE (a = 1) = 2          | 14 | expected the end of the query but found '='",
            "WHERE CONCAT(a, b) = 'x'   | 6  | unknown function 'CONCAT'",
            "WHERE LEFT(a) = 'x'        | 12 | expected ',' and a second argument of LEFT but found ')'",
            "WHERE ABS(a, b) = 1        | 11 | expected ')' after the arguments of ABS but found ','",
            "WHERE UPPER() = 'A'        | 12 | expected an expression after '(' but found ')'",
            "WHERE LOCAL NOW = x        | 12 | expected DATE, TIME or DATETIME after LOCAL but found 'NOW'",
            "WHERE a = ?1 AND b = :b    | 21 | parameter :b mixes named with ordinal parameters",
            "WHERE a = :a AND b = ?1    | 21 | parameter ?1 mixes ordinal with named parameters",
    })
    void conditionErrors(String jdql, int position, String problem) {
        QuerySyntaxException e = failure(jdql.strip());
        assertEquals(problem + " at position " + position + " in \"" + jdql.strip() + "\"", e.getMessage());
    }
}
