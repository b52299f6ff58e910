package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.ast.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A parser for Query by Method Name (Jakarta Data 1.0):
 * {@code action First<n>? ignoredText? (By conditions)? (OrderBy items)?}.
 */
public final class MethodNameParser {
    private static final String ORDER_BY = "OrderBy";

    private final MethodName name;
    private final Statement.Action action;

    private MethodNameParser(MethodName name, Statement.Action action) {
        this.name = name;
        this.action = action;
    }

    /**
     * Parses a repository method name such as {@code findFirst3ByNameLikeOrderByPriceDesc}.
     * Conditions read the method's parameters in order, numbered from 1; a parameter's position is
     * that of its condition's operator keyword, or of the property when there is none. Properties
     * are kept as written, split on {@code _} only.
     *
     * @return the query, or {@code null} if the name does not begin with {@code find},
     *         {@code count}, {@code exists} or {@code delete} followed by the end of the name or a
     *         character that is not a lower-case letter
     * @throws QuerySyntaxException if the name begins with an action but is not a valid query,
     *         with the position as an offset in the name
     */
    public static Statement.MethodQuery parse(String methodName) {
        MethodName name = new MethodName(Objects.requireNonNull(methodName, "methodName"));
        for (Statement.Action action : Statement.Action.values()) {
            String prefix = action.name().toLowerCase(Locale.ROOT);
            if (name.keywordAt(0, prefix)) {
                return new MethodNameParser(name, action).afterAction(prefix.length());
            }
        }
        return null;
    }

    private Statement.MethodQuery afterAction(int start) {
        int at = start;
        int limit = 0;
        if (name.keywordAt(at, "First")) {
            if (action != Statement.Action.FIND) {
                throw name.error("First is only allowed with find", at);
            }
            at += "First".length();
            limit = limit(at);
            at = name.digitsEnd(at);
        }
        int by = name.find("By", at);
        boolean orderWithoutRestriction = by >= at + "Order".length()
                && name.substring(by - "Order".length(), by).equals("Order");
        if (by < 0 || orderWithoutRestriction) {
            int orderAt = orderWithoutRestriction ? by - "Order".length() : -1;
            return query(limit, null, 0, orderAt);
        }
        return restricted(limit, by + "By".length());
    }

    private Statement.MethodQuery restricted(int limit, int start) {
        int orderAt = name.find(ORDER_BY, start);
        int end = orderAt < 0 ? name.length() : orderAt;
        if (start == end) {
            if (orderAt < 0) {
                throw name.error("expected a condition after By", start);
            }
            return query(limit, null, 0, orderAt);
        }
        RestrictionParser restriction = new RestrictionParser(name, end);
        Condition where = restriction.parse(start);
        return query(limit, where, restriction.parameters(), orderAt);
    }

    private Statement.MethodQuery query(int limit, Condition where, int parameters, int orderAt) {
        List<Statement.SortItem> orderBy = orderAt < 0 ? List.of() : orderBy(orderAt);
        return new Statement.MethodQuery(action, limit, where, orderBy, parameters);
    }

    private int limit(int at) {
        int end = name.digitsEnd(at);
        if (end == at) {
            return 1;
        }
        int limit;
        try {
            limit = Integer.parseInt(name.substring(at, end));
        } catch (NumberFormatException e) {
            throw name.error("the limit First" + name.substring(at, end) + " is too large", at);
        }
        if (limit == 0) {
            throw name.error("the limit after First must be at least 1", at);
        }
        return limit;
    }

    /**
     * {@code OrderBy} and items of a property and {@code Asc} or {@code Desc}, or
     * {@code IgnoreCase} then a direction; the last item may omit its direction (ascending).
     */
    private List<Statement.SortItem> orderBy(int orderAt) {
        if (action != Statement.Action.FIND) {
            throw name.error("OrderBy is only allowed with find", orderAt);
        }
        int at = orderAt + ORDER_BY.length();
        if (at == name.length()) {
            throw name.error("expected a property after OrderBy", at);
        }
        List<Statement.SortItem> items = new ArrayList<>();
        while (at < name.length()) {
            at = sortItem(at, items);
        }
        return items;
    }

    private int sortItem(int start, List<Statement.SortItem> items) {
        int at = start + 1;
        while (at < name.length() && !atDirection(at) && !atIgnoreCase(at)) {
            at++;
        }
        Expr.Path path = name.path(start, at);
        boolean ignoreCase = atIgnoreCase(at);
        if (ignoreCase) {
            at += "IgnoreCase".length();
        }
        boolean descending = name.keywordAt(at, "Desc");
        if (descending || name.keywordAt(at, "Asc")) {
            at += descending ? "Desc".length() : "Asc".length();
        }
        items.add(new Statement.SortItem(path, descending, ignoreCase));
        return at;
    }

    private boolean atDirection(int at) {
        return name.keywordAt(at, "Asc") || name.keywordAt(at, "Desc");
    }

    /** {@code IgnoreCase} counts as a keyword in an order only before a direction or at the end. */
    private boolean atIgnoreCase(int at) {
        if (!name.keywordAt(at, "IgnoreCase")) {
            return false;
        }
        int after = at + "IgnoreCase".length();
        return after == name.length() || atDirection(after);
    }
}
