package io.jadis.provider.testing;

import io.jadis.provider.Jadis;
import org.junit.jupiter.api.Assumptions;

/**
 * The engines a contract test runs on. {@link #PORTABLE} always runs (embedded plain Redis), and
 * {@link #PORTABLE_WITHOUT_INDEXES} too, with secondary indexes off so that every query scans;
 * {@link #NATIVE} runs when a JSON-capable server is configured or can be started, and is skipped
 * otherwise.
 */
public enum Engine {
    PORTABLE, PORTABLE_WITHOUT_INDEXES, NATIVE;

    /** A builder for a Jadis on this engine's test server; aborts the test when there is none. */
    public Jadis.Builder builder() {
        if (this == PORTABLE) {
            return Jadis.builder().url(TestRedis.plainUrl()).engine("portable");
        }
        if (this == PORTABLE_WITHOUT_INDEXES) {
            return PORTABLE.builder().indexes(false);
        }
        String url = TestRedis.jsonUrl().orElse(null);
        Assumptions.assumeTrue(url != null, "No Redis with JSON commands: set JADIS_TEST_JSON_URL or run Docker"
                + " to test the native engine");
        return Jadis.builder().url(url).engine("native");
    }

    /** The URL of this engine's test server; aborts the test when there is none. */
    public String url() {
        if (this != NATIVE) {
            return TestRedis.plainUrl();
        }
        String url = TestRedis.jsonUrl().orElse(null);
        Assumptions.assumeTrue(url != null, "No Redis with JSON commands");
        return url;
    }
}
