package io.jadis.provider.internal.repository;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

/** Dispatches calls on a repository proxy to the invokers planned for its methods. */
final class RepositoryHandler implements InvocationHandler {
    private final RepositoryType repository;
    private final Map<Method, MethodInvoker> invokers;

    RepositoryHandler(RepositoryType repository, Map<Method, MethodInvoker> invokers) {
        this.repository = repository;
        this.invokers = invokers;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        MethodInvoker invoker = invokers.get(method);
        if (invoker != null) {
            return invoker.invoke(args == null ? new Object[0] : args);
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        return switch (method.getName()) {
            case "toString" -> "Jadis repository " + repository.type().getName();
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException(repository.describe(method));
        };
    }
}
