package io.jadis.provider.testing;

import io.jadis.provider.Jadis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Base of tests that need a running Jadis on one engine: one instance per test class, an empty
 * database before each test. Subclasses name the engine; contract suites are abstract classes with
 * one subclass per engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class JadisTest {
    protected Jadis jadis;

    protected abstract Engine engine();

    /** Adjusts the builder before the instance starts. */
    protected Jadis.Builder configure(Jadis.Builder builder) {
        return builder;
    }

    @BeforeAll
    void start() {
        jadis = configure(engine().builder()).build();
    }

    @BeforeEach
    void flush() {
        jadis.redisson().getKeys().flushdb();
    }

    @AfterAll
    void stop() {
        if (jadis != null) {
            jadis.close();
        }
    }

    /**
     * Waits until the indexes of every repository made so far are built, so that the queries that
     * follow read them rather than scan (nothing to wait for when indexes are off).
     */
    protected void indexesBuilt() {
        try {
            assertTrue(jadis.awaitIndexes(Duration.ofSeconds(60)), "indexes not built within 60 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The number of Jadis function calls the server has run (FCALL and FCALL_RO), from INFO commandstats. */
    protected long scriptRuns() {
        return commandCalls("fcall") + commandCalls("fcall_ro");
    }

    /** The number of times the server ran {@code command} (lower case, e.g. "fcall"), from INFO commandstats. */
    protected long commandCalls(String command) {
        return CommandStats.calls(jadis.redisson(), command);
    }
}
