package io.jadis.provider.internal.query;

import io.jadis.provider.internal.repository.RepositoryType;
import jakarta.data.Limit;
import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.exceptions.MappingException;
import jakarta.data.page.PageRequest;
import jakarta.data.repository.By;
import jakarta.data.repository.Param;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parameters of a query method: where the special ones ({@code Limit}, {@code Sort},
 * {@code Order}, {@code PageRequest}) are, and the others in order with their names, plus what
 * the method returns.
 */
final class MethodSignature {
    final Method method;
    final RepositoryType repository;
    final ResultShape shape;
    final Class<?> elementType;
    final List<QueryParameter> parameters = new ArrayList<>();
    int limit = -1;
    int pageRequest = -1;
    int order = -1;
    final List<Integer> sorts = new ArrayList<>();
    /** The indexes of the query parameters a JDQL query has used so far, filled while it is bound. */
    final Set<Integer> used = new HashSet<>();

    /** A parameter that carries a query value. {@code name} is from @Param, @By or the compiled name. */
    record QueryParameter(int index, Class<?> type, Type genericType, String name, boolean named) {
    }

    MethodSignature(RepositoryType repository, Method method) {
        this.method = method;
        this.repository = repository;
        Type returns = repository.returnType(method);
        this.shape = ResultShape.of(RepositoryType.raw(returns));
        this.elementType = ResultShape.elementType(shape, returns);
        Parameter[] params = method.getParameters();
        for (int i = 0; i < params.length; i++) {
            classify(i, params[i]);
        }
        validateSpecials();
    }

    private void classify(int i, Parameter p) {
        Class<?> type = p.getType();
        if (type == Limit.class) {
            limit = special(limit, i, "Limit");
        } else if (type == PageRequest.class) {
            pageRequest = special(pageRequest, i, "PageRequest");
        } else if (type == Order.class) {
            order = special(order, i, "Order");
        } else if (type == Sort.class || type == Sort[].class) {
            sorts.add(i);
        } else {
            parameters.add(new QueryParameter(i, type, repository.parameterType(method, i), name(p), named(p)));
        }
    }

    private static int special(int current, int index, String type) {
        if (current >= 0) {
            throw new UnsupportedOperationException("a query method takes at most one " + type + " parameter");
        }
        return index;
    }

    private void validateSpecials() {
        if (limit >= 0 && pageRequest >= 0) {
            throw new UnsupportedOperationException("a query method cannot take both a Limit and a PageRequest");
        }
        boolean specials = limit >= 0 || pageRequest >= 0 || order >= 0 || !sorts.isEmpty();
        if (specials && !shape.isMultiple()) {
            throw new MappingException("Limit, Sort, Order and PageRequest parameters need a method that"
                    + " returns several results (List, array, Stream, Page or CursoredPage)");
        }
        if ((shape == ResultShape.PAGE || shape == ResultShape.CURSORED_PAGE) && pageRequest < 0) {
            throw new MappingException("a method that returns " + shape.name().toLowerCase(java.util.Locale.ROOT)
                    .replace("_", " ") + " needs a PageRequest parameter");
        }
    }

    private static String name(Parameter p) {
        Param param = p.getAnnotation(Param.class);
        if (param != null) {
            return param.value();
        }
        By by = p.getAnnotation(By.class);
        if (by != null) {
            return by.value();
        }
        return p.isNamePresent() ? p.getName() : null;
    }

    private static boolean named(Parameter p) {
        return p.isAnnotationPresent(Param.class) || p.isAnnotationPresent(By.class) || p.isNamePresent();
    }

    /** Fails unless the query used every parameter that is not special. */
    void checkAllUsed() {
        for (QueryParameter p : parameters) {
            if (!used.contains(p.index())) {
                throw new MappingException("the query does not use parameter " + (p.index() + 1)
                        + (p.name() == null ? "" : " (" + p.name() + ")"));
            }
        }
    }

    boolean hasSpecials() {
        return limit >= 0 || pageRequest >= 0 || order >= 0 || !sorts.isEmpty();
    }
}
