package io.jadis.provider.internal.model;

import jakarta.data.exceptions.MappingException;

import java.lang.invoke.MethodHandle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The persistent attributes of an entity or embeddable class and how to create an instance. */
public class ClassModel {
    private final Class<?> type;
    private final List<Attribute> attributes;
    private final Map<String, Attribute> byName;
    private final Map<String, Attribute> byJavaName;
    private final MethodHandle constructor;
    private final boolean record;

    ClassModel(Class<?> type, List<Attribute> attributes, MethodHandle constructor) {
        this.type = type;
        this.attributes = List.copyOf(attributes);
        Map<String, Attribute> names = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            names.put(a.name(), a);
        }
        this.byName = Collections.unmodifiableMap(names);
        Map<String, Attribute> javaNames = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            javaNames.put(a.javaName(), a);
        }
        this.byJavaName = Collections.unmodifiableMap(javaNames);
        this.constructor = constructor;
        this.record = type.isRecord();
    }

    public Class<?> type() {
        return type;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    /** The attribute stored under this document name, or {@code null}. */
    public Attribute attribute(String name) {
        return byName.get(name);
    }

    /**
     * The attribute a query means by this name: the Java name first, then the document name
     * ({@code @Column(name)}), so that both spellings work in queries.
     */
    public Attribute queryAttribute(String name) {
        Attribute a = byJavaName.get(name);
        return a != null ? a : byName.get(name);
    }

    public boolean isRecord() {
        return record;
    }

    /** A new instance: for a class with a no-argument constructor; records use {@link #newRecord}. */
    public Object newInstance() {
        try {
            return constructor.invoke();
        } catch (Throwable e) {
            throw new MappingException("Cannot instantiate " + type.getName() + ": " + e, e);
        }
    }

    /** A new record from its component values in declaration order. */
    public Object newRecord(Object[] values) {
        try {
            return constructor.invokeWithArguments(values);
        } catch (Throwable e) {
            throw new MappingException("Cannot construct record " + type.getName() + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return type.getName();
    }
}
