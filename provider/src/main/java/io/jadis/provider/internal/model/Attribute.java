package io.jadis.provider.internal.model;

import java.lang.reflect.Type;

/**
 * One persistent attribute of an entity or embeddable class.
 *
 * @param name       the attribute name in documents and queries ({@code @Column(name)} or the Java name)
 * @param javaName   the field or record component name
 * @param type       the attribute's raw Java type
 * @param genericType the attribute's declared type with type arguments
 * @param accessor   reads and, unless the owner is a record, writes the attribute
 * @param embedded   the model of the attribute's type when that type is embeddable, else {@code null}
 * @param shape      how the attribute's value is laid out when it is a top-level attribute
 * @param indexed    {@code null} unless annotated {@code @Indexed}; then whether to index ignoring case too
 */
public record Attribute(String name, String javaName, Class<?> type, Type genericType, Accessor accessor,
                        ClassModel embedded, Shape shape, Boolean indexed) {

    public Object get(Object target) {
        return accessor.get(target);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }
}
