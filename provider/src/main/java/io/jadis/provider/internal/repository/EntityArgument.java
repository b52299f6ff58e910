package io.jadis.provider.internal.repository;

import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How a lifecycle method takes its entities — one, a {@code List}/{@code Iterable}, or an array
 * (including varargs) — and gives them back in the same shape.
 */
enum EntityArgument {
    SINGLE, ITERABLE, ARRAY;

    static EntityArgument of(Class<?> type) {
        if (type.isArray()) {
            return ARRAY;
        }
        return Iterable.class.isAssignableFrom(type) ? ITERABLE : SINGLE;
    }

    /** The entity class a parameter of this shape carries. */
    Class<?> elementClass(Type resolved) {
        return switch (this) {
            case SINGLE -> RepositoryType.raw(resolved);
            case ARRAY -> RepositoryType.raw(resolved).getComponentType();
            case ITERABLE -> {
                Type element = RepositoryType.argument(resolved, 0);
                yield element == null ? Object.class : RepositoryType.raw(element);
            }
        };
    }

    /** The entities in an argument, each checked for {@code null}. */
    List<Object> entities(Object argument, String method) {
        if (argument == null) {
            throw new NullPointerException(method + ": the " + (this == SINGLE ? "entity" : "entities")
                    + " argument must not be null");
        }
        List<Object> out;
        switch (this) {
            case SINGLE -> out = List.of(argument);
            case ARRAY -> {
                int n = Array.getLength(argument);
                out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    out.add(Array.get(argument, i));
                }
            }
            default -> {
                out = argument instanceof Collection<?> c ? new ArrayList<>(c.size()) : new ArrayList<>();
                for (Object e : (Iterable<?>) argument) {
                    out.add(e);
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == null) {
                throw new NullPointerException(method + ": entity " + i + " of the argument is null");
            }
        }
        return out;
    }

    /** The results in the shape of the argument. */
    Object result(List<Object> entities, Class<?> declared) {
        return switch (this) {
            case SINGLE -> entities.get(0);
            case ITERABLE -> entities;
            case ARRAY -> {
                Object array = Array.newInstance(declared.getComponentType(), entities.size());
                for (int i = 0; i < entities.size(); i++) {
                    Array.set(array, i, entities.get(i));
                }
                yield array;
            }
        };
    }
}
