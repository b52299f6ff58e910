package io.jadis.provider.internal.repository;

import io.jadis.provider.internal.model.EntityModels;
import io.jadis.provider.internal.runtime.EntityStore;
import io.jadis.provider.internal.runtime.JadisRuntime;
import jakarta.data.exceptions.MappingException;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Insert;
import jakarta.data.repository.Save;
import jakarta.data.repository.Update;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@code @Insert}, {@code @Update}, {@code @Save} and {@code @Delete} methods whose parameter is an
 * entity, a list or an array of entities: each call is one engine call, so one atomic step.
 */
final class LifecycleMethods {
    private LifecycleMethods() {
    }

    /** Whether the method is a lifecycle method with an entity parameter. */
    static boolean applies(RepositoryType repo, Method m) {
        boolean lifecycle = m.isAnnotationPresent(Insert.class) || m.isAnnotationPresent(Update.class)
                || m.isAnnotationPresent(Save.class) || m.isAnnotationPresent(Delete.class);
        if (!lifecycle || m.getParameterCount() != 1) {
            return lifecycle && !m.isAnnotationPresent(Delete.class);
        }
        Type param = repo.parameterType(m, 0);
        return !m.isAnnotationPresent(Delete.class)
                || EntityModels.isEntity(EntityArgument.of(RepositoryType.raw(param)).elementClass(param));
    }

    static MethodInvoker plan(RepositoryType repo, Method m, JadisRuntime runtime) {
        String name = annotationName(m);
        if (m.getParameterCount() != 1) {
            throw new MappingException("@" + name + " methods take exactly one parameter: an entity, a List or"
                    + " an array of entities");
        }
        Type param = repo.parameterType(m, 0);
        Class<?> paramClass = RepositoryType.raw(param);
        EntityArgument shape = EntityArgument.of(paramClass);
        Class<?> entityClass = shape.elementClass(param);
        if (!EntityModels.isEntity(entityClass)) {
            throw new MappingException("the parameter of an @" + name + " method must be an entity, a List or an"
                    + " array of entities; " + entityClass.getName() + " is not an entity class");
        }
        EntityStore store = runtime.store(entityClass);
        Class<?> returns = m.getReturnType();
        boolean isVoid = returns == void.class;
        boolean delete = m.isAnnotationPresent(Delete.class);
        if (!isVoid && (delete || !returns.isAssignableFrom(paramClass) && !compatible(shape, returns))) {
            throw new MappingException("an @" + name + " method must return void"
                    + (delete ? "" : " or the type of its parameter (" + paramClass.getSimpleName() + ")")
                    + ", not " + returns.getSimpleName());
        }
        String method = repo.describe(m);
        if (delete) {
            return args -> {
                store.delete(shape.entities(args[0], method));
                return null;
            };
        }
        BiFunction<EntityStore, List<Object>, List<Object>> operation = operation(m);
        return args -> {
            List<Object> done = operation.apply(store, shape.entities(args[0], method));
            return isVoid ? null : shape.result(done, returns);
        };
    }

    private static boolean compatible(EntityArgument shape, Class<?> returns) {
        return shape == EntityArgument.ITERABLE && Iterable.class.isAssignableFrom(returns)
                && returns.isAssignableFrom(List.class);
    }

    private static BiFunction<EntityStore, List<Object>, List<Object>> operation(Method m) {
        if (m.isAnnotationPresent(Insert.class)) {
            return EntityStore::insert;
        }
        if (m.isAnnotationPresent(Update.class)) {
            return EntityStore::update;
        }
        return EntityStore::save;
    }

    private static String annotationName(Method m) {
        if (m.isAnnotationPresent(Insert.class)) {
            return "Insert";
        }
        if (m.isAnnotationPresent(Update.class)) {
            return "Update";
        }
        return m.isAnnotationPresent(Save.class) ? "Save" : "Delete";
    }
}
