package io.jadis.provider.internal.query.bind;

import io.jadis.provider.internal.model.Attribute;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * A resolved attribute path: the attributes from the entity down to the leaf ({@code address.city}).
 * An {@code Optional} attribute stands for its content: {@code Optional<String>} is a nullable String.
 */
public record AttributePath(List<Attribute> chain) {

    public AttributePath {
        chain = List.copyOf(chain);
    }

    /** The document names joined by dots. */
    public String name() {
        StringBuilder sb = new StringBuilder();
        for (Attribute a : chain) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(a.name());
        }
        return sb.toString();
    }

    public Attribute leaf() {
        return chain.get(chain.size() - 1);
    }

    public Class<?> type() {
        Attribute leaf = leaf();
        if (leaf.type() != Optional.class) {
            return leaf.type();
        }
        Type content = leaf.genericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
        return content instanceof Class<?> c ? c
                : content instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }

    /** The value for an entity; {@code null} as soon as an element on the way is {@code null} or empty. */
    public Object get(Object entity) {
        Object value = entity;
        for (Attribute a : chain) {
            if (value == null) {
                return null;
            }
            value = a.get(value);
            if (value instanceof Optional<?> o) {
                value = o.orElse(null);
            }
        }
        return value;
    }
}
