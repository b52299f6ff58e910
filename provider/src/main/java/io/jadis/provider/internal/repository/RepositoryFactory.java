package io.jadis.provider.internal.repository;

import io.jadis.api.RepositoryMethodException;
import io.jadis.provider.internal.query.QueryMethods;
import io.jadis.provider.internal.runtime.JadisRuntime;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.Insert;
import jakarta.data.repository.Query;
import jakarta.data.repository.Save;
import jakarta.data.repository.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Implements repository interfaces. Every abstract method is analysed once, here: parsed,
 * validated against the entity model and compiled into an invoker; a call only runs the invoker.
 */
public final class RepositoryFactory {
    private static final Logger LOG = LoggerFactory.getLogger(RepositoryFactory.class);

    private final JadisRuntime runtime;

    public RepositoryFactory(JadisRuntime runtime) {
        this.runtime = runtime;
    }

    public <R> R create(Class<R> repositoryInterface) {
        if (!repositoryInterface.isInterface()) {
            throw new IllegalArgumentException(repositoryInterface.getName() + " is not an interface");
        }
        RepositoryType repo = new RepositoryType(repositoryInterface);
        Map<Method, MethodInvoker> invokers = new HashMap<>();
        for (Method m : repositoryInterface.getMethods()) {
            if (m.isDefault() || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            invokers.put(m, plan(repo, m));
        }
        Object proxy = Proxy.newProxyInstance(repositoryInterface.getClassLoader(),
                new Class<?>[] {repositoryInterface}, new RepositoryHandler(repo, Map.copyOf(invokers)));
        return repositoryInterface.cast(proxy);
    }

    private MethodInvoker plan(RepositoryType repo, Method m) {
        try {
            rejectConflictingAnnotations(m);
            return LifecycleMethods.applies(repo, m) ? LifecycleMethods.plan(repo, m, runtime)
                    : QueryMethods.plan(repo, m, runtime);
        } catch (RuntimeException e) {
            RuntimeException problem = problem(repo, m, e);
            if (!runtime.settings().deferInvalidMethods()) {
                throw problem;
            }
            LOG.warn("{}; calls to it will fail", problem.getMessage());
            return args -> {
                throw problem;
            };
        }
    }

    private static void rejectConflictingAnnotations(Method m) {
        List<String> present = new ArrayList<>();
        for (Class<? extends Annotation> a : List.of(Find.class, Query.class, Insert.class, Update.class, Save.class,
                Delete.class)) {
            if (m.isAnnotationPresent(a)) {
                present.add("@" + a.getSimpleName());
            }
        }
        if (present.size() > 1) {
            throw new UnsupportedOperationException("@Find, @Query, @Insert, @Update, @Save and @Delete exclude each"
                    + " other, but the method has " + String.join(" and ", present));
        }
    }

    private static RuntimeException problem(RepositoryType repo, Method m, RuntimeException e) {
        if (e instanceof RepositoryMethodException) {
            return e;
        }
        String message = "Repository method " + repo.describe(m) + ": " + e.getMessage();
        if (e instanceof UnsupportedOperationException) {
            return new UnsupportedOperationException(message, e);
        }
        return new RepositoryMethodException(message, e);
    }
}
