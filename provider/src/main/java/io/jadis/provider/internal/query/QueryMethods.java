package io.jadis.provider.internal.query;

import io.jadis.provider.internal.repository.MethodInvoker;
import io.jadis.provider.internal.repository.RepositoryType;
import io.jadis.provider.internal.runtime.JadisRuntime;

import java.lang.reflect.Method;

/** Plans repository methods that query: {@code @Find}, {@code @Query}, {@code @Delete} by parameters, method names. */
public final class QueryMethods {
    private QueryMethods() {
    }

    public static MethodInvoker plan(RepositoryType repo, Method m, JadisRuntime runtime) {
        throw new UnsupportedOperationException("queries are not implemented yet");
    }
}
