package io.jadis.cdi;

import io.jadis.api.Atomic;
import io.jadis.api.EntityLocks;
import io.jadis.api.Transactions;
import io.jadis.provider.Jadis;
import jakarta.data.repository.Repository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.inject.Singleton;
import org.redisson.api.RedissonClient;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes Jakarta Data repositories injectable, along with the {@link Jadis} instance, its
 * {@link Atomic} updates, its {@link EntityLocks} and {@link Transactions}, and enables the
 * {@code @Transactional} interceptor. Repository interfaces are found in every bean archive,
 * whatever its discovery mode (see {@link RepositoryScanner}), among the types the container
 * discovers, and, for archives without {@code beans.xml}, through the injection points that ask
 * for them. Of those, Jadis serves the ones {@link Jadis#serves} says are its own: a repository
 * that names another provider, or whose entity is not a Jakarta Persistence or NoSQL entity, is
 * left to whoever it is meant for.
 * Every repository is created and validated when the container has validated its deployment, so
 * that a method Jadis cannot implement is a deployment problem naming the method. The
 * {@link Jadis} instance uses an application {@code RedissonClient} bean when there is one, and is
 * closed (stopping the embedded server, if it started one) when the container shuts down.
 */
public class JadisExtension implements Extension {
    private final Set<Class<?>> repositories = ConcurrentHashMap.newKeySet();
    private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();
    private volatile Jadis jadis;

    void interceptors(@Observes BeforeBeanDiscovery event, BeanManager beans) {
        for (Class<? extends TransactionalInterceptor> type : TransactionalInterceptor.ALL) {
            event.addAnnotatedType(beans.createAnnotatedType(type), type.getName());
        }
        RepositoryScanner.find(Thread.currentThread().getContextClassLoader()).forEach(this::consider);
    }

    void repositoryType(@Observes @WithAnnotations(Repository.class) ProcessAnnotatedType<?> event) {
        consider(event.getAnnotatedType().getJavaClass());
    }

    void injectionPoint(@Observes ProcessInjectionPoint<?, ?> event) {
        Class<?> type = rawType(event.getInjectionPoint().getType());
        if (type != null) {
            consider(type);
        }
    }

    private void consider(Class<?> type) {
        if (type.isInterface() && type.isAnnotationPresent(Repository.class) && Jadis.serves(type)) {
            repositories.add(type);
        }
    }

    void registerBeans(@Observes AfterBeanDiscovery event) {
        event.addBean()
                .types(Jadis.class, Object.class)
                .qualifiers(Default.Literal.INSTANCE, Any.Literal.INSTANCE)
                .scope(Singleton.class)
                .produceWith(this::jadis);
        event.addBean()
                .types(Atomic.class, Object.class)
                .qualifiers(Default.Literal.INSTANCE, Any.Literal.INSTANCE)
                .scope(Singleton.class)
                .produceWith(beans -> jadis(beans).atomic());
        event.addBean()
                .types(Transactions.class, Object.class)
                .qualifiers(Default.Literal.INSTANCE, Any.Literal.INSTANCE)
                .scope(Singleton.class)
                .produceWith(beans -> jadis(beans).transactions());
        event.addBean()
                .types(EntityLocks.class, Object.class)
                .qualifiers(Default.Literal.INSTANCE, Any.Literal.INSTANCE)
                .scope(Singleton.class)
                .produceWith(beans -> jadis(beans).locks());
        for (Class<?> repository : repositories) {
            event.addBean()
                    .beanClass(repository)
                    .types(repository, Object.class)
                    .qualifiers(Default.Literal.INSTANCE, Any.Literal.INSTANCE)
                    .scope(ApplicationScoped.class)
                    .produceWith(instance -> repository(repository, instance));
        }
    }

    void validate(@Observes AfterDeploymentValidation event, BeanManager beans) {
        boolean failed = false;
        for (Class<?> repository : repositories) {
            try {
                repository(repository, beans.createInstance());
            } catch (RuntimeException e) {
                event.addDeploymentProblem(e);
                failed = true;
            }
        }
        if (failed) {
            close(null);
        } else if (jadis != null) {
            jadis.dropUnusedIndexes();
        }
    }

    void close(@Observes BeforeShutdown event) {
        Jadis running = jadis;
        jadis = null;
        instances.clear();
        if (running != null) {
            running.close();
        }
    }

    private Object repository(Class<?> type, Instance<Object> beans) {
        return instances.computeIfAbsent(type, t -> jadis(beans).repository(t));
    }

    private Jadis jadis(Instance<Object> beans) {
        Jadis current = jadis;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (jadis == null) {
                Jadis.Builder builder = Jadis.builder()
                        .properties(JadisConfiguration.read(Thread.currentThread().getContextClassLoader()));
                Instance<RedissonClient> client = beans.select(RedissonClient.class);
                if (client.isResolvable()) {
                    builder.redisson(client.get());
                }
                jadis = builder.build();
            }
            return jadis;
        }
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }
}
