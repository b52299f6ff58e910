package io.jadis.provider.internal.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Reads and writes one attribute of an object; built once per attribute at start-up. */
public final class Accessor {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private final String description;
    private final MethodHandle getter;
    private final MethodHandle setter;

    private Accessor(String description, MethodHandle getter, MethodHandle setter) {
        this.description = description;
        this.getter = getter.asType(GETTER);
        this.setter = setter == null ? null : setter.asType(SETTER);
    }

    static Accessor ofField(Field field) throws IllegalAccessException {
        field.setAccessible(true);
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        boolean writable = !java.lang.reflect.Modifier.isFinal(field.getModifiers());
        return new Accessor("field " + field.getName(), lookup.unreflectGetter(field),
                writable ? lookup.unreflectSetter(field) : null);
    }

    static Accessor ofMethods(Method getter, Method setter) throws IllegalAccessException {
        getter.setAccessible(true);
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle set = null;
        if (setter != null) {
            setter.setAccessible(true);
            set = lookup.unreflect(setter);
        }
        return new Accessor("property " + getter.getName() + "()", lookup.unreflect(getter), set);
    }

    public Object get(Object target) {
        try {
            return getter.invokeExact(target);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read " + description, e);
        }
    }

    public boolean writable() {
        return setter != null;
    }

    public void set(Object target, Object value) {
        if (setter == null) {
            throw new IllegalStateException(description + " is read-only");
        }
        try {
            setter.invokeExact(target, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot write " + description, e);
        }
    }
}
