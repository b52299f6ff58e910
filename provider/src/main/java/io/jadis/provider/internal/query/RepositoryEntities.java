package io.jadis.provider.internal.query;

import io.jadis.provider.internal.model.EntityModels;
import io.jadis.provider.internal.repository.RepositoryType;
import jakarta.data.exceptions.MappingException;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Insert;
import jakarta.data.repository.Save;
import jakarta.data.repository.Update;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The entity classes a repository deals with. Its primary entity type is the one of
 * {@code DataRepository<T, K>} or, for a repository without one, the single entity class its
 * lifecycle methods ({@code @Insert}, {@code @Update}, {@code @Save}, {@code @Delete}) take.
 */
final class RepositoryEntities {
    private RepositoryEntities() {
    }

    /** The primary entity class, or {@code null} when the repository has none or several candidates. */
    static Class<?> primary(RepositoryType repo) {
        if (repo.primaryEntity() != null) {
            return repo.primaryEntity();
        }
        Set<Class<?>> lifecycle = new LinkedHashSet<>();
        for (Method m : repo.type().getMethods()) {
            if (isLifecycle(m) && m.getParameterCount() == 1) {
                collect(repo.parameterType(m, 0), lifecycle);
            }
        }
        return lifecycle.size() == 1 ? lifecycle.iterator().next() : null;
    }

    /** The primary entity class, or a {@link MappingException} saying that a {@code what} query needs one. */
    static Class<?> primary(MethodSignature signature, String what) {
        Class<?> entity = primary(signature.repository);
        if (entity == null) {
            throw new MappingException("a " + what + " query needs a repository with a primary entity"
                    + " type (DataRepository<Entity, Id>, or lifecycle methods of exactly one entity type)");
        }
        return entity;
    }

    /** The entity a query returns, else the primary entity. */
    static Class<?> queried(MethodSignature signature) {
        if (EntityModels.isEntity(signature.elementType)) {
            return signature.elementType;
        }
        Class<?> primary = primary(signature.repository);
        if (primary == null) {
            throw new MappingException("cannot tell which entity the method queries: return entities"
                    + " or declare the repository with a primary entity type");
        }
        return primary;
    }

    /** Every entity class the repository's methods take or return, the primary one first. */
    static Set<Class<?>> all(RepositoryType repo) {
        Set<Class<?>> out = new LinkedHashSet<>();
        Class<?> primary = primary(repo);
        if (primary != null) {
            out.add(primary);
        }
        for (Method m : repo.type().getMethods()) {
            collect(repo.returnType(m), out);
            for (int i = 0; i < m.getParameterCount(); i++) {
                collect(repo.parameterType(m, i), out);
            }
        }
        return out;
    }

    private static boolean isLifecycle(Method m) {
        return m.isAnnotationPresent(Insert.class) || m.isAnnotationPresent(Update.class)
                || m.isAnnotationPresent(Save.class) || m.isAnnotationPresent(Delete.class);
    }

    /** Adds the entity class of an entity, array or parameterized (List, Optional...) type. */
    private static void collect(Type t, Set<Class<?>> out) {
        Class<?> raw = RepositoryType.raw(t);
        Class<?> candidate = raw.isArray() ? raw.getComponentType() : raw;
        Type arg = RepositoryType.argument(t, 0);
        if (arg != null) {
            candidate = RepositoryType.raw(arg);
        }
        if (EntityModels.isEntity(candidate)) {
            out.add(candidate);
        }
    }
}
