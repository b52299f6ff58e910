package io.jadis.provider.internal.query.bind;

import io.jadis.provider.internal.model.Attribute;

import java.util.List;

/** A resolved attribute path: the attributes from the entity down to the leaf ({@code address.city}). */
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
        return leaf().type();
    }

    /** The value for an entity; {@code null} as soon as an element on the way is {@code null}. */
    public Object get(Object entity) {
        Object value = entity;
        for (Attribute a : chain) {
            if (value == null) {
                return null;
            }
            value = a.get(value);
        }
        return value;
    }
}
