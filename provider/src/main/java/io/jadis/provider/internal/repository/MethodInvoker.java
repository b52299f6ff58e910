package io.jadis.provider.internal.repository;

/** Runs one repository method; built once when the repository is created. */
@FunctionalInterface
public interface MethodInvoker {
    Object invoke(Object[] args) throws Throwable;
}
