package io.jadis.provider.internal.repository;

import io.jadis.provider.internal.model.EntityModels;
import jakarta.data.repository.DataRepository;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * A repository interface with its type variables bound: the primary entity type (from
 * {@code DataRepository<T, K>}, if the interface extends it) and how generic signatures of
 * inherited methods resolve in this interface.
 */
public final class RepositoryType {
    private final Class<?> type;
    private final Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    private final Class<?> declaredEntity;
    private final Class<?> primaryEntity;

    public RepositoryType(Class<?> type) {
        this.type = type;
        collect(type);
        Type t = bindings.get(DataRepository.class.getTypeParameters()[0]);
        this.declaredEntity = t == null ? null : raw(t);
        this.primaryEntity = declaredEntity != null && EntityModels.isEntity(declaredEntity) ? declaredEntity : null;
    }

    /** The entity type argument of {@code DataRepository}, entity or not, or {@code null}. */
    public Class<?> declaredEntity() {
        return declaredEntity;
    }

    private void collect(Class<?> c) {
        for (Type parent : c.getGenericInterfaces()) {
            if (parent instanceof ParameterizedType p) {
                Class<?> raw = (Class<?>) p.getRawType();
                TypeVariable<?>[] vars = raw.getTypeParameters();
                Type[] args = p.getActualTypeArguments();
                for (int i = 0; i < vars.length; i++) {
                    bindings.put(vars[i], resolve(args[i]));
                }
                collect(raw);
            } else if (parent instanceof Class<?> raw) {
                collect(raw);
            }
        }
    }

    public Class<?> type() {
        return type;
    }

    public String name() {
        return type.getSimpleName();
    }

    /** The entity class of {@code DataRepository<T, K>}, or {@code null}. */
    public Class<?> primaryEntity() {
        return primaryEntity;
    }

    /** The type with this repository's type variables (and method type variables' bounds) substituted. */
    public Type resolve(Type t) {
        if (t instanceof TypeVariable<?> v) {
            Type bound = bindings.get(v);
            if (bound != null) {
                return bound;
            }
            Type[] bounds = v.getBounds();
            return bounds.length == 0 ? Object.class : resolve(bounds[0]);
        }
        if (t instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            Type[] resolved = new Type[args.length];
            for (int i = 0; i < args.length; i++) {
                resolved[i] = resolve(args[i]);
            }
            return new Parameterized((Class<?>) p.getRawType(), resolved);
        }
        if (t instanceof java.lang.reflect.WildcardType w) {
            Type[] upper = w.getUpperBounds();
            return upper.length == 0 ? Object.class : resolve(upper[0]);
        }
        if (t instanceof GenericArrayType g) {
            Class<?> component = raw(resolve(g.getGenericComponentType()));
            return java.lang.reflect.Array.newInstance(component, 0).getClass();
        }
        return t;
    }

    public Type returnType(Method m) {
        return resolve(m.getGenericReturnType());
    }

    public Type parameterType(Method m, int i) {
        return resolve(m.getGenericParameterTypes()[i]);
    }

    /** The class of a (resolved) type. */
    public static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    /** The first type argument of a parameterized type, e.g. {@code E} of {@code List<E>}, or {@code null}. */
    public static Type argument(Type t, int index) {
        return t instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : null;
    }

    /** A method signature for messages: {@code Repo.method(Type, Type)}. */
    public String describe(Method m) {
        StringBuilder sb = new StringBuilder(name()).append('.').append(m.getName()).append('(');
        Class<?>[] params = m.getParameterTypes();
        for (int i = 0; i < params.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(params[i].getSimpleName());
        }
        return sb.append(')').toString();
    }

    private record Parameterized(Class<?> raw, Type[] args) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }
}
