package io.jadis.provider.internal.query;

import io.jadis.provider.internal.model.EntityModel;
import io.jadis.provider.internal.query.ast.Expr;
import io.jadis.provider.internal.query.bind.AttributePath;
import io.jadis.provider.internal.query.bind.Binder;
import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.exceptions.MappingException;
import jakarta.data.page.PageRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sort criteria of a call: the static ones of the method ({@code OrderBy} in the name,
 * {@code @OrderBy}, JDQL {@code ORDER BY}) first, then those passed as {@code Sort}, {@code Order}
 * and in the {@code PageRequest}. Names in dynamic sorts are resolved once per name.
 */
final class Ordering {
    private final List<SortKey> fixed;
    private final MethodSignature signature;
    private final Binder binder;
    private final Map<String, AttributePath> resolved = new ConcurrentHashMap<>();
    private final AttributePath id;

    Ordering(List<SortKey> fixed, MethodSignature signature, Binder binder, EntityModel model) {
        this.fixed = List.copyOf(fixed);
        this.signature = signature;
        this.binder = binder;
        this.id = new AttributePath(List.of(model.id()));
    }

    /** The criteria the method fixes (OrderBy, @OrderBy, ORDER BY), before any passed at call time. */
    List<SortKey> fixed() {
        return fixed;
    }

    boolean isDynamic() {
        return signature.order >= 0 || !signature.sorts.isEmpty();
    }

    /** The criteria for one call. */
    List<SortKey> keys(Object[] args) {
        if (!isDynamic()) {
            return fixed;
        }
        List<SortKey> keys = new ArrayList<>(fixed);
        for (int i = 0; i < args.length; i++) {
            if (i == signature.order && args[i] != null) {
                for (Sort<?> s : ((Order<?>) args[i]).sorts()) {
                    keys.add(key(s));
                }
            } else if (signature.sorts.contains(i) && args[i] != null) {
                Object arg = args[i];
                for (Object s : arg instanceof Sort<?>[] array ? Arrays.asList(array) : List.of(arg)) {
                    keys.add(key((Sort<?>) s));
                }
            }
        }
        return keys;
    }

    /** The criteria plus the id as the last tie-breaker, so that every order is total. */
    List<SortKey> total(List<SortKey> keys) {
        for (SortKey k : keys) {
            if (k.path().equals(id)) {
                return keys;
            }
        }
        List<SortKey> out = new ArrayList<>(keys);
        out.add(new SortKey(id, false, false));
        return out;
    }

    static PageRequest pageRequest(MethodSignature signature, Object[] args) {
        if (signature.pageRequest < 0) {
            return null;
        }
        Object request = args[signature.pageRequest];
        if (request == null) {
            throw new NullPointerException("The PageRequest argument of " + signature.repository.describe(
                    signature.method) + " must not be null");
        }
        return (PageRequest) request;
    }

    private SortKey key(Sort<?> sort) {
        AttributePath path = resolved.computeIfAbsent(sort.property(), this::resolve);
        return new SortKey(path, sort.isDescending(), sort.ignoreCase());
    }

    private AttributePath resolve(String property) {
        try {
            return binder.path(new Expr.Path(List.of(property.split("\\.")), 0));
        } catch (MappingException e) {
            throw new MappingException("Cannot sort by " + property + ": " + e.getMessage(), e);
        }
    }
}
