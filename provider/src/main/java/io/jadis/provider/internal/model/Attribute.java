package io.jadis.provider.internal.model;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
 * @param enumByName an enum attribute annotated {@code @Enumerated(EnumType.STRING)}: queries order it by
 *                   the constants' names, as a database storing the names would; other enums go by ordinal
 */
public record Attribute(String name, String javaName, Class<?> type, Type genericType, Accessor accessor,
                        ClassModel embedded, Shape shape, Boolean indexed, boolean enumByName) {

    public Object get(Object target) {
        return accessor.get(target);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The constants of this enum attribute in the order queries give them. */
    public List<Enum<?>> enumOrder() {
        List<Enum<?>> constants = new ArrayList<>();
        for (Object c : type.getEnumConstants()) {
            constants.add((Enum<?>) c);
        }
        if (enumByName) {
            constants.sort(Comparator.comparing(Enum::name));
        }
        return constants;
    }

    /** A value of this attribute as queries compare it: the constant's name when ordered by name. */
    public Object comparable(Object value) {
        return enumByName && value instanceof Enum<?> e ? e.name() : value;
    }
}
