package io.jadis.tck;

import io.jadis.provider.Jadis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Empties the test database once per test JVM, when the first container starts, so that a run
 * against a configured server ({@code jadis.url}) never sees data of an earlier run. The TCK's
 * read-only data is written once and shared by the test classes after that; an embedded server
 * starts empty anyway.
 */
@Dependent
class TestDatabase {
    private static final AtomicBoolean FLUSHED = new AtomicBoolean();

    static void flushOnce(@Observes @Initialized(ApplicationScoped.class) Object started, Jadis jadis) {
        if (FLUSHED.compareAndSet(false, true)) {
            jadis.redisson().getKeys().flushdb();
        }
    }
}
