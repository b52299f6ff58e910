package io.jadis.cdi;

import io.jadis.provider.Jadis;
import io.jadis.provider.internal.tx.TransactionManager;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;

/**
 * {@code @Transactional} for Jadis: every {@link Transactional.TxType}, {@code rollbackOn} and
 * {@code dontRollbackOn}, with JTA's default of rolling back on unchecked exceptions only. The
 * transaction is Jadis' own (see {@link io.jadis.api.Transactions}); commit is one atomic step.
 * A method that begins a transaction runs again when a conflict prevents its commit (see
 * {@code jadis.transaction-attempts}); only its Jadis writes are buffered and undone, so whatever
 * else it does happens once per attempt. The {@code TxType} is a binding member of
 * {@code @Transactional}, so there is one interceptor class per type, all running this logic.
 */
public abstract class TransactionalInterceptor {
    @Inject
    Jadis jadis;

    Object intercept(InvocationContext ctx, Transactional.TxType type) throws Exception {
        Transactional rules = rules(ctx);
        TransactionManager transactions = (TransactionManager) jadis.transactions();
        boolean active = transactions.isActive();
        return switch (type) {
            case REQUIRED -> active ? join(ctx, rules, transactions) : inNew(ctx, rules, transactions);
            case REQUIRES_NEW -> suspended(transactions, () -> inNew(ctx, rules, transactions));
            case MANDATORY -> {
                if (!active) {
                    throw new TransactionalException(describe(ctx) + " needs an active transaction (MANDATORY)",
                            new TransactionRequiredException());
                }
                yield join(ctx, rules, transactions);
            }
            case SUPPORTS -> active ? join(ctx, rules, transactions) : ctx.proceed();
            case NOT_SUPPORTED -> active ? suspended(transactions, ctx::proceed) : ctx.proceed();
            case NEVER -> {
                if (active) {
                    throw new TransactionalException(describe(ctx) + " must not run in a transaction (NEVER)",
                            new InvalidTransactionException());
                }
                yield ctx.proceed();
            }
        };
    }

    private static Object inNew(InvocationContext ctx, Transactional rules, TransactionManager transactions)
            throws Exception {
        return transactions.inNew(ctx::proceed, failure -> rollsBack(rules, failure));
    }

    private static Object join(InvocationContext ctx, Transactional rules, TransactionManager transactions)
            throws Exception {
        try {
            return ctx.proceed();
        } catch (Exception | Error e) {
            if (rollsBack(rules, e)) {
                transactions.current().setRollbackOnly();
            }
            throw e;
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static Object suspended(TransactionManager transactions, Work work) throws Exception {
        transactions.suspend();
        try {
            return work.run();
        } finally {
            transactions.resume();
        }
    }

    /** JTA's rule: dontRollbackOn wins, then rollbackOn, then unchecked exceptions roll back. */
    static boolean rollsBack(Transactional rules, Throwable e) {
        for (Class<?> c : rules.dontRollbackOn()) {
            if (c.isInstance(e)) {
                return false;
            }
        }
        for (Class<?> c : rules.rollbackOn()) {
            if (c.isInstance(e)) {
                return true;
            }
        }
        return e instanceof RuntimeException || e instanceof Error;
    }

    /** The classes of the interceptors, one per {@code TxType}. */
    static final java.util.List<Class<? extends TransactionalInterceptor>> ALL = java.util.List.of(Required.class,
            RequiresNew.class, Mandatory.class, Supports.class, NotSupported.class, Never.class);

    @Transactional(Transactional.TxType.REQUIRED)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class Required extends TransactionalInterceptor {
        @AroundInvoke
        public Object around(InvocationContext ctx) throws Exception {
            return intercept(ctx, Transactional.TxType.REQUIRED);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class RequiresNew extends TransactionalInterceptor {
        @AroundInvoke
        public Object around(InvocationContext ctx) throws Exception {
            return intercept(ctx, Transactional.TxType.REQUIRES_NEW);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class Mandatory extends TransactionalInterceptor {
        @AroundInvoke
        public Object around(InvocationContext ctx) throws Exception {
            return intercept(ctx, Transactional.TxType.MANDATORY);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class Supports extends TransactionalInterceptor {
        @AroundInvoke
        public Object around(InvocationContext ctx) throws Exception {
            return intercept(ctx, Transactional.TxType.SUPPORTS);
        }
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class NotSupported extends TransactionalInterceptor {
        @AroundInvoke
        public Object around(InvocationContext ctx) throws Exception {
            return intercept(ctx, Transactional.TxType.NOT_SUPPORTED);
        }
    }

    @Transactional(Transactional.TxType.NEVER)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class Never extends TransactionalInterceptor {
        @AroundInvoke
        public Object around(InvocationContext ctx) throws Exception {
            return intercept(ctx, Transactional.TxType.NEVER);
        }
    }

    private static Transactional rules(InvocationContext ctx) {
        Transactional onMethod = ctx.getMethod().getAnnotation(Transactional.class);
        if (onMethod != null) {
            return onMethod;
        }
        for (Class<?> c = ctx.getMethod().getDeclaringClass(); c != null; c = c.getSuperclass()) {
            Transactional onClass = c.getAnnotation(Transactional.class);
            if (onClass != null) {
                return onClass;
            }
        }
        Transactional binding = (Transactional) ctx.getInterceptorBindings().stream()
                .filter(a -> a instanceof Transactional).findFirst().orElse(null);
        if (binding == null) {
            throw new IllegalStateException("No @Transactional on " + describe(ctx));
        }
        return binding;
    }

    private static String describe(InvocationContext ctx) {
        return ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName();
    }
}
