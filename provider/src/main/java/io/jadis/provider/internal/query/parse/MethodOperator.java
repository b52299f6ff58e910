package io.jadis.provider.internal.query.parse;

/**
 * The operators that may end a method-name condition. A keyword that is a prefix of another comes
 * after it, so that the longer one is tried first.
 */
enum MethodOperator {
    CONTAINS("Contains"),
    ENDS_WITH("EndsWith"),
    STARTS_WITH("StartsWith"),
    LESS_THAN_EQUAL("LessThanEqual"),
    LESS_THAN("LessThan"),
    GREATER_THAN_EQUAL("GreaterThanEqual"),
    GREATER_THAN("GreaterThan"),
    BETWEEN("Between"),
    LIKE("Like"),
    IN("In"),
    NULL("Null"),
    TRUE("True"),
    FALSE("False"),
    /** No operator keyword: equality. */
    EQUALS("");

    private final String keyword;

    MethodOperator(String keyword) {
        this.keyword = keyword;
    }

    String keyword() {
        return keyword;
    }
}
