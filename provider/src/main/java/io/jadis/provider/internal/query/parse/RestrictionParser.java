package io.jadis.provider.internal.query.parse;

import io.jadis.provider.internal.query.ast.Condition;
import io.jadis.provider.internal.query.ast.Expr;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/**
 * The conditions of a method name after {@code By}. Where keywords could be read in more than one
 * way, the split that parses wins, preferring the shortest property and then the longest suffix:
 * {@code PriceLessThanEqual} is {@code Price} with {@code LessThanEqual}, while
 * {@code NameInStock} is one property because {@code Stock} cannot follow {@code In}.
 */
final class RestrictionParser {
    private final MethodName name;
    private final int end;
    private int parameters;

    /** {@code IgnoreCase? Not? operator?} after a property; {@code operatorAt} is where the operator is or would be. */
    private record Suffix(boolean ignoreCase, boolean negated, MethodOperator operator, int operatorAt, int end) {
    }

    /** One condition: the property in {@code [start, propertyEnd)}, and whether an {@code Or} precedes it. */
    private record Part(int start, int propertyEnd, Suffix suffix, boolean afterOr) {
    }

    /** Reads conditions that stop at {@code end}: the end of the name, or where its {@code OrderBy} begins. */
    RestrictionParser(MethodName name, int end) {
        this.name = name;
        this.end = end;
    }

    /** The conditions from {@code start}, which is before {@code end}. */
    Condition parse(int start) {
        List<Part> parts = split(start, false);
        List<Condition> alternatives = new ArrayList<>();
        List<Condition> conjunction = new ArrayList<>();
        for (Part part : parts) {
            if (part.afterOr()) {
                alternatives.add(and(conjunction));
                conjunction = new ArrayList<>();
            }
            conjunction.add(condition(part));
        }
        alternatives.add(and(conjunction));
        return alternatives.size() == 1 ? alternatives.get(0) : new Condition.Or(alternatives);
    }

    /** How many method parameters the conditions read. */
    int parameters() {
        return parameters;
    }

    /** The conditions from {@code start}, which is before {@code end}; failing all else, the rest is one property. */
    private LinkedList<Part> split(int start, boolean afterOr) {
        for (int propertyEnd = start + 1; propertyEnd < end; propertyEnd++) {
            for (Suffix suffix : suffixes(propertyEnd)) {
                LinkedList<Part> rest = rest(suffix.end());
                if (rest != null) {
                    rest.addFirst(new Part(start, propertyEnd, suffix, afterOr));
                    return rest;
                }
            }
        }
        Suffix none = new Suffix(false, false, MethodOperator.EQUALS, end, end);
        return new LinkedList<>(List.of(new Part(start, end, none, afterOr)));
    }

    private LinkedList<Part> rest(int at) {
        if (at == end) {
            return new LinkedList<>();
        }
        if (keywordAt(at, "And")) {
            return next(at + 3, "And", false);
        }
        if (keywordAt(at, "Or")) {
            return next(at + 2, "Or", true);
        }
        return null;
    }

    private LinkedList<Part> next(int start, String delimiter, boolean afterOr) {
        if (start == end) {
            throw name.error("expected a condition after " + delimiter, start);
        }
        return split(start, afterOr);
    }

    /** The ways to read what follows a property ending at {@code at}, most text consumed first. */
    private List<Suffix> suffixes(int at) {
        List<Suffix> suffixes = new ArrayList<>();
        for (boolean ignoreCase : options(at, "IgnoreCase")) {
            int notAt = ignoreCase ? at + "IgnoreCase".length() : at;
            for (boolean negated : options(notAt, "Not")) {
                int operatorAt = negated ? notAt + "Not".length() : notAt;
                for (MethodOperator operator : MethodOperator.values()) {
                    if (operator == MethodOperator.EQUALS || keywordAt(operatorAt, operator.keyword())) {
                        suffixes.add(new Suffix(ignoreCase, negated, operator, operatorAt,
                                operatorAt + operator.keyword().length()));
                    }
                }
            }
        }
        return suffixes;
    }

    private List<Boolean> options(int at, String keyword) {
        return keywordAt(at, keyword) ? List.of(true, false) : List.of(false);
    }

    private boolean keywordAt(int at, String keyword) {
        return at + keyword.length() <= end && name.keywordAt(at, keyword);
    }

    private Condition condition(Part part) {
        Suffix suffix = part.suffix();
        Expr value = upperIf(suffix.ignoreCase(), name.path(part.start(), part.propertyEnd()));
        boolean negated = suffix.negated();
        int at = suffix.operator() == MethodOperator.EQUALS ? part.start() : suffix.operatorAt();
        return switch (suffix.operator()) {
            case EQUALS -> new Condition.Compare(value, equality(negated), argument(suffix, at));
            case TRUE, FALSE -> new Condition.Compare(value, equality(negated),
                    new Expr.Literal(suffix.operator() == MethodOperator.TRUE, at));
            case NULL -> new Condition.IsNull(value, negated);
            case BETWEEN -> new Condition.Between(value, argument(suffix, at), argument(suffix, at), negated);
            case IN -> new Condition.In(value, List.of(argument(suffix, at)), negated);
            case LIKE -> new Condition.Like(value, argument(suffix, at), negated);
            case CONTAINS -> text(value, Condition.TextMatch.CONTAINS, suffix, at);
            case STARTS_WITH -> text(value, Condition.TextMatch.STARTS_WITH, suffix, at);
            case ENDS_WITH -> text(value, Condition.TextMatch.ENDS_WITH, suffix, at);
            case LESS_THAN -> compare(value, Condition.Operator.LT, suffix, at);
            case LESS_THAN_EQUAL -> compare(value, Condition.Operator.LE, suffix, at);
            case GREATER_THAN -> compare(value, Condition.Operator.GT, suffix, at);
            case GREATER_THAN_EQUAL -> compare(value, Condition.Operator.GE, suffix, at);
        };
    }

    private Condition text(Expr value, Condition.TextMatch match, Suffix suffix, int at) {
        return new Condition.Text(value, match, argument(suffix, at), suffix.negated());
    }

    private Condition compare(Expr value, Condition.Operator op, Suffix suffix, int at) {
        Condition compare = new Condition.Compare(value, op, argument(suffix, at));
        return suffix.negated() ? new Condition.Not(compare) : compare;
    }

    private Expr argument(Suffix suffix, int at) {
        return upperIf(suffix.ignoreCase(), new Expr.Param(++parameters, null, at));
    }

    private static Condition.Operator equality(boolean negated) {
        return negated ? Condition.Operator.NE : Condition.Operator.EQ;
    }

    private static Expr upperIf(boolean ignoreCase, Expr expr) {
        return ignoreCase ? new Expr.Call(Expr.Function.UPPER, List.of(expr), expr.position()) : expr;
    }

    private static Condition and(List<Condition> conjunction) {
        return conjunction.size() == 1 ? conjunction.get(0) : new Condition.And(conjunction);
    }
}
