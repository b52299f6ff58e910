package io.jadis.provider.internal.query.parse;

/**
 * A query, or a query method's name, that does not follow the grammar. The message reads
 * {@code <what is wrong> at position <n> in "<query>"}, with {@code n} a 0-based offset.
 */
public final class QuerySyntaxException extends RuntimeException {
    private final String query;
    private final int position;

    public QuerySyntaxException(String problem, String query, int position) {
        super(problem + " at position " + position + " in \"" + query + "\"");
        this.query = query;
        this.position = position;
    }

    /** The JDQL text or the method name. */
    public String query() {
        return query;
    }

    /** The 0-based offset in {@link #query()} where the problem was found. */
    public int position() {
        return position;
    }
}
