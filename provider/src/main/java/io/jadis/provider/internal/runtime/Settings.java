package io.jadis.provider.internal.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.redisson.api.RedissonClient;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The configuration of one Jadis instance, validated and sealed before anything starts.
 *
 * @param url            the server URL, or {@code null} for the embedded server (or the client)
 * @param client         an application-supplied Redisson client, or {@code null}
 * @param engine         {@code auto}, {@code native} or {@code portable}
 * @param embedded       whether a missing URL may start the embedded server
 * @param timeout        how long a command may take
 * @param connectTimeout how long connecting may take
 * @param namespace      a prefix for every key Jadis writes, or empty
 * @param fetchSize      how many documents a scan fetches per round trip
 * @param mapper         customises the ObjectMapper, or {@code null}
 * @param deferInvalidMethods whether a repository method that cannot work fails when called
 *                       (after a warning at start-up) instead of failing the repository's creation
 * @param lockWait       how long taking entity locks may wait
 * @param lockLease      how long a lock outlives its owner's process (Redisson's watchdog timeout)
 * @param indexes        whether queries build and use secondary indexes
 * @param transactionAttempts how often a transaction runs before a conflict reaches the caller
 * @param transactionBackoff  the first pause between attempts of a transaction (after the second);
 *                       each later pause may be twice as long
 */
public record Settings(String url, RedissonClient client, String engine, boolean embedded, Duration timeout,
                       Duration connectTimeout, String namespace, int fetchSize, Consumer<ObjectMapper> mapper,
                       boolean deferInvalidMethods, Duration lockWait, Duration lockLease, boolean indexes,
                       int transactionAttempts, Duration transactionBackoff) {

    public Settings {
        if (!engine.equals("auto") && !engine.equals("native") && !engine.equals("portable")) {
            throw new IllegalArgumentException("jadis.engine must be auto, native or portable, not '" + engine + "'");
        }
        if (timeout.isNegative() || timeout.isZero() || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("jadis.timeout and jadis.connect-timeout must be positive");
        }
        if (lockWait.isNegative() || lockLease.isNegative() || lockLease.isZero()) {
            throw new IllegalArgumentException("jadis.lock-wait must not be negative and jadis.lock-lease must be"
                    + " positive");
        }
        if (transactionAttempts < 1) {
            throw new IllegalArgumentException("jadis.transaction-attempts must be at least 1, not "
                    + transactionAttempts);
        }
        if (transactionBackoff.isNegative()) {
            throw new IllegalArgumentException("jadis.transaction-backoff must not be negative");
        }
        if (fetchSize < 1) {
            throw new IllegalArgumentException("jadis.fetch-size must be at least 1, not " + fetchSize);
        }
        if (namespace.indexOf('#') >= 0) {
            throw new IllegalArgumentException("jadis.namespace must not contain '#': " + namespace);
        }
    }
}
