package io.jadis.provider.internal.model;

import io.jadis.api.KeyPrefix;
import jakarta.data.exceptions.MappingException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads entity and embeddable classes into models, once, failing with a {@link MappingException}
 * that names the class and the attribute when a class cannot be stored.
 */
final class ModelReader {
    private static final Set<Class<?>> ID_TYPES = Set.of(String.class, UUID.class, BigInteger.class,
            long.class, Long.class, int.class, Integer.class, short.class, Short.class, byte.class, Byte.class,
            char.class, Character.class);
    private static final Set<Class<?>> VERSION_TYPES = Set.of(long.class, Long.class, int.class, Integer.class,
            short.class, Short.class);

    private final Map<Class<?>, ClassModel> embeddables;
    private final Set<Class<?>> reading = new java.util.HashSet<>();

    ModelReader(Map<Class<?>, ClassModel> known) {
        this.embeddables = known;
    }

    ClassModel embeddable(Class<?> type) {
        return readEmbeddable(type);
    }

    EntityModel readEntity(Class<?> type) {
        Flavor flavor = Flavor.of(type);
        if (flavor == null) {
            throw new MappingException("Class " + type.getName()
                    + " is not an entity: annotate it with jakarta.persistence.Entity or jakarta.nosql.Entity");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new MappingException("Entity " + type.getName() + " must be a concrete class or a record");
        }
        List<Candidate> candidates = candidates(type, flavor);
        Candidate id = single(type, candidates, "id", c -> c.isId);
        Candidate version = null;
        for (Candidate c : candidates) {
            if (c.isVersion) {
                if (version != null) {
                    throw new MappingException("Entity " + type.getName() + " has two @Version attributes: "
                            + version.javaName + " and " + c.javaName);
                }
                version = c;
            }
        }
        if (!ID_TYPES.contains(id.type)) {
            throw new MappingException("Entity " + type.getName() + ", attribute " + id.javaName
                    + ": unsupported id type " + id.type.getName()
                    + " (use String, UUID, an integral number type, BigInteger or char)");
        }
        if (version != null && !VERSION_TYPES.contains(version.type)) {
            throw new MappingException("Entity " + type.getName() + ", attribute " + version.javaName
                    + ": a @Version attribute must be an integral number (long, int or short), not "
                    + version.type.getName());
        }
        List<Attribute> attributes = attributes(type, candidates);
        String name = flavor.entityName(type);
        String prefix = keyPrefix(type, name);
        io.jadis.api.TimeToLive ttl = type.getAnnotation(io.jadis.api.TimeToLive.class);
        long ttlMillis = 0;
        if (ttl != null) {
            try {
                ttlMillis = java.time.Duration.of(ttl.value(), ttl.unit()).toMillis();
            } catch (RuntimeException e) {
                throw new MappingException("Entity " + type.getName() + ": invalid @TimeToLive: " + e.getMessage(), e);
            }
            if (ttlMillis <= 0) {
                throw new MappingException("Entity " + type.getName() + ": @TimeToLive must be at least a millisecond");
            }
        }
        return new EntityModel(type, attributes, constructor(type, attributes), name, prefix,
                find(attributes, id.javaName), version == null ? null : find(attributes, version.javaName),
                ttlMillis, ttl != null && ttl.sliding());
    }

    private ClassModel readEmbeddable(Class<?> type) {
        ClassModel known = embeddables.get(type);
        if (known != null) {
            return known;
        }
        if (!reading.add(type)) {
            throw new MappingException("Embeddable " + type.getName() + " contains itself through its attributes");
        }
        Flavor flavor = Flavor.ofEmbeddable(type);
        List<Candidate> candidates = candidates(type, flavor);
        List<Attribute> attributes = attributes(type, candidates);
        ClassModel model = new ClassModel(type, attributes, constructor(type, attributes));
        embeddables.put(type, model);
        reading.remove(type);
        return model;
    }

    private List<Attribute> attributes(Class<?> owner, List<Candidate> candidates) {
        List<Attribute> attributes = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (c.name.isEmpty() || c.name.indexOf('#') >= 0 || c.name.indexOf('.') >= 0) {
                throw new MappingException("Class " + owner.getName() + ", attribute " + c.javaName
                        + ": invalid attribute name '" + c.name + "' (must not be empty or contain '#' or '.')");
            }
            if (!names.add(c.name)) {
                throw new MappingException("Class " + owner.getName() + " maps two attributes to the name " + c.name);
            }
            ClassModel embedded = isEmbeddable(c) ? embedded(owner, c) : null;
            attributes.add(new Attribute(c.name, c.javaName, c.type, c.genericType, c.accessor, embedded,
                    shapeOf(c.type), c.indexed, c.enumByName));
        }
        return attributes;
    }

    private ClassModel embedded(Class<?> owner, Candidate c) {
        if (c.type == owner) {
            throw new MappingException("Class " + owner.getName() + ", attribute " + c.javaName
                    + ": an embeddable cannot contain itself");
        }
        return readEmbeddable(c.type);
    }

    private static boolean isEmbeddable(Candidate c) {
        return c.embeddedMarker || EntityModels.isEmbeddable(c.type);
    }

    static Shape shapeOf(Class<?> type) {
        if (Map.class.isAssignableFrom(type)) {
            return Shape.MAP;
        }
        if (Collection.class.isAssignableFrom(type)
                || (type.isArray() && type != byte[].class && type != char[].class)) {
            return Shape.LIST;
        }
        return Shape.VALUE;
    }

    private static Attribute find(List<Attribute> attributes, String javaName) {
        for (Attribute a : attributes) {
            if (a.javaName().equals(javaName)) {
                return a;
            }
        }
        throw new IllegalStateException(javaName);
    }

    private static Candidate single(Class<?> type, List<Candidate> candidates, String what,
                                    java.util.function.Predicate<Candidate> test) {
        Candidate found = null;
        for (Candidate c : candidates) {
            if (test.test(c)) {
                if (found != null) {
                    throw new MappingException("Entity " + type.getName() + " has two " + what + " attributes: "
                            + found.javaName + " and " + c.javaName);
                }
                found = c;
            }
        }
        if (found == null) {
            throw new MappingException("Entity " + type.getName()
                    + " has no id attribute: annotate one field with jakarta.persistence.Id or jakarta.nosql.Id");
        }
        return found;
    }

    private static String keyPrefix(Class<?> type, String name) {
        KeyPrefix prefix = type.getAnnotation(KeyPrefix.class);
        String value = prefix == null ? name : prefix.value();
        if (value.isBlank() || value.indexOf('#') >= 0) {
            throw new MappingException("Entity " + type.getName() + ": invalid key prefix '" + value
                    + "' (must not be blank or contain '#')");
        }
        return value;
    }

    private static MethodHandle constructor(Class<?> type, List<Attribute> attributes) {
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                }
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return MethodHandles.lookup().unreflectConstructor(canonical);
            }
            Constructor<?> noArgs = type.getDeclaredConstructor();
            noArgs.setAccessible(true);
            return MethodHandles.lookup().unreflectConstructor(noArgs);
        } catch (NoSuchMethodException e) {
            throw new MappingException("Class " + type.getName() + " needs a constructor without parameters"
                    + " (it may be protected or private)");
        } catch (IllegalAccessException | RuntimeException e) {
            throw new MappingException("Class " + type.getName() + ": cannot access its constructor: " + e, e);
        }
    }

    private List<Candidate> candidates(Class<?> type, Flavor flavor) {
        if (type.isRecord()) {
            return recordCandidates(type, flavor);
        }
        boolean propertyAccess = flavor == Flavor.PERSISTENCE && idOnGetter(type);
        return propertyAccess ? propertyCandidates(type) : fieldCandidates(type, flavor);
    }

    private static boolean idOnGetter(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(jakarta.persistence.Id.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Candidate> recordCandidates(Class<?> type, Flavor flavor) {
        List<Candidate> list = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            Field field = declaredField(type, rc.getName());
            if (!flavor.persistent(field)) {
                continue;
            }
            try {
                list.add(new Candidate(field, Accessor.ofMethods(rc.getAccessor(), null)));
            } catch (IllegalAccessException e) {
                throw inaccessible(type, rc.getName(), e);
            }
        }
        return list;
    }

    private List<Candidate> fieldCandidates(Class<?> type, Flavor flavor) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<Candidate> list = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                int mod = field.getModifiers();
                if (Modifier.isStatic(mod) || field.isSynthetic() || !flavor.persistent(field)) {
                    continue;
                }
                try {
                    list.add(new Candidate(field, Accessor.ofField(field)));
                } catch (IllegalAccessException | RuntimeException e) {
                    throw inaccessible(type, field.getName(), e);
                }
            }
        }
        return list;
    }

    private List<Candidate> propertyCandidates(Class<?> type) {
        List<Candidate> list = new ArrayList<>();
        for (Method getter : type.getMethods()) {
            String property = propertyName(getter);
            if (property == null || getter.getDeclaringClass() == Object.class
                    || getter.isAnnotationPresent(jakarta.persistence.Transient.class)) {
                continue;
            }
            Method setter = setter(type, property, getter.getReturnType());
            if (setter == null) {
                continue;
            }
            try {
                list.add(new Candidate(property, getter, Accessor.ofMethods(getter, setter)));
            } catch (IllegalAccessException e) {
                throw inaccessible(type, property, e);
            }
        }
        list.sort(java.util.Comparator.comparing(c -> c.javaName));
        return list;
    }

    private static String propertyName(Method m) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class) {
            return null;
        }
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3) {
            return decapitalize(n.substring(3));
        }
        if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class)) {
            return decapitalize(n.substring(2));
        }
        return null;
    }

    private static Method setter(Class<?> type, String property, Class<?> valueType) {
        try {
            return type.getMethod("set" + Character.toUpperCase(property.charAt(0)) + property.substring(1),
                    valueType);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String decapitalize(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1)) && Character.isUpperCase(s.charAt(0))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Field declaredField(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MappingException inaccessible(Class<?> type, String attribute, Exception e) {
        return new MappingException("Class " + type.getName() + ", attribute " + attribute
                + ": cannot be accessed (" + e.getMessage() + ")", e);
    }

    /** Which standard's rules decide what is persistent. */
    enum Flavor {
        PERSISTENCE, NOSQL;

        static Flavor of(Class<?> type) {
            if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                return PERSISTENCE;
            }
            return type.isAnnotationPresent(jakarta.nosql.Entity.class) ? NOSQL : null;
        }

        static Flavor ofEmbeddable(Class<?> type) {
            return type.isAnnotationPresent(jakarta.nosql.Embeddable.class)
                    && !type.isAnnotationPresent(jakarta.persistence.Embeddable.class) ? NOSQL : PERSISTENCE;
        }

        boolean persistent(Field field) {
            if (this == NOSQL) {
                return field.isAnnotationPresent(jakarta.nosql.Id.class)
                        || field.isAnnotationPresent(jakarta.nosql.Column.class);
            }
            return !Modifier.isTransient(field.getModifiers())
                    && !field.isAnnotationPresent(jakarta.persistence.Transient.class);
        }

        String entityName(Class<?> type) {
            jakarta.persistence.Entity jpa = type.getAnnotation(jakarta.persistence.Entity.class);
            if (jpa != null && !jpa.name().isEmpty()) {
                return jpa.name();
            }
            jakarta.nosql.Entity nosql = type.getAnnotation(jakarta.nosql.Entity.class);
            if (nosql != null && !nosql.value().isEmpty()) {
                return nosql.value();
            }
            return type.getSimpleName();
        }
    }

    /** A persistent member before validation. */
    private static final class Candidate {
        final String name;
        final String javaName;
        final Class<?> type;
        final Type genericType;
        final Accessor accessor;
        final boolean isId;
        final boolean isVersion;
        final boolean embeddedMarker;
        final Boolean indexed;
        final boolean enumByName;

        Candidate(Field field, Accessor accessor) {
            this(columnName(field, field.getName()), field, field.getName(), field.getType(), field.getGenericType(),
                    accessor);
        }

        Candidate(String property, Method getter, Accessor accessor) {
            this(columnName(getter, property), getter, property, getter.getReturnType(),
                    getter.getGenericReturnType(), accessor);
        }

        private Candidate(String name, AccessibleObject member, String javaName, Class<?> type, Type genericType,
                          Accessor accessor) {
            this.name = name;
            this.javaName = javaName;
            this.type = type;
            this.genericType = genericType;
            this.accessor = accessor;
            this.isId = member.isAnnotationPresent(jakarta.persistence.Id.class)
                    || member.isAnnotationPresent(jakarta.nosql.Id.class);
            this.isVersion = member.isAnnotationPresent(jakarta.persistence.Version.class);
            this.embeddedMarker = member.isAnnotationPresent(jakarta.persistence.Embedded.class);
            io.jadis.api.Indexed index = member.getAnnotation(io.jadis.api.Indexed.class);
            this.indexed = index == null ? null : index.ignoreCase();
            jakarta.persistence.Enumerated enumerated = member.getAnnotation(jakarta.persistence.Enumerated.class);
            this.enumByName = type.isEnum() && enumerated != null
                    && enumerated.value() == jakarta.persistence.EnumType.STRING;
        }

        private static String columnName(AccessibleObject member, String fallback) {
            jakarta.persistence.Column jpa = member.getAnnotation(jakarta.persistence.Column.class);
            if (jpa != null && !jpa.name().isEmpty()) {
                return jpa.name();
            }
            jakarta.nosql.Column nosql = member.getAnnotation(jakarta.nosql.Column.class);
            if (nosql != null && !nosql.value().isEmpty()) {
                return nosql.value();
            }
            jakarta.nosql.Id nosqlId = member.getAnnotation(jakarta.nosql.Id.class);
            if (nosqlId != null && !nosqlId.value().isEmpty()) {
                return nosqlId.value();
            }
            return fallback;
        }
    }
}
