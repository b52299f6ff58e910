package io.jadis.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jadis.api.Atomic;
import io.jadis.api.EntityLocks;
import io.jadis.api.Transactions;
import io.jadis.provider.internal.atomic.AtomicOperations;
import io.jadis.provider.internal.model.EntityModels;
import io.jadis.provider.internal.repository.RepositoryFactory;
import io.jadis.provider.internal.repository.RepositoryType;
import io.jadis.provider.internal.runtime.JadisRuntime;
import io.jadis.provider.internal.runtime.LockManager;
import io.jadis.provider.internal.runtime.Settings;
import org.redisson.api.RedissonClient;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A running Jadis: the connection to Redis, the document engine chosen for that server, and the
 * repositories built on them. Create one per application and close it at shutdown.
 *
 * <pre>
 * try (Jadis jadis = Jadis.builder().url("redis://localhost:6379").build()) {
 *     Players players = jadis.repository(Players.class);
 *     players.insert(new Player("ada"));
 * }
 * </pre>
 *
 * <p>With no URL and no client, Jadis starts an embedded Redis server for development and tests
 * and stops it on {@link #close()}.
 */
public final class Jadis implements AutoCloseable {
    /** The name Jadis answers to in {@code @Repository(provider = ...)}. */
    public static final String PROVIDER_NAME = "Jadis";

    private final JadisRuntime runtime;
    private final RepositoryFactory repositories;
    private final Atomic atomic;
    private final EntityLocks locks;

    private Jadis(Settings settings) {
        this.runtime = new JadisRuntime(settings);
        this.repositories = new RepositoryFactory(runtime);
        this.atomic = new AtomicOperations(runtime);
        this.locks = new LockManager(runtime);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * An implementation of a Jakarta Data repository interface. Every method is analysed now;
     * a method Jadis cannot implement fails here, with the method named.
     */
    public <R> R repository(Class<R> repositoryInterface) {
        return repositories.create(repositoryInterface);
    }

    /**
     * Whether a repository interface is Jadis' to implement, as Jakarta Data decides it: its
     * {@code @Repository} names no provider or {@value #PROVIDER_NAME}, and the entity type it
     * declares through {@code DataRepository<T, K>}, if any, carries a Jakarta Persistence or
     * Jakarta NoSQL {@code @Entity}. Another provider's repositories are left to it.
     */
    public static boolean serves(Class<?> repositoryInterface) {
        jakarta.data.repository.Repository annotation =
                repositoryInterface.getAnnotation(jakarta.data.repository.Repository.class);
        String provider = annotation == null ? "" : annotation.provider();
        if (!provider.isEmpty() && !provider.equalsIgnoreCase(PROVIDER_NAME)) {
            return false;
        }
        Class<?> entity = new RepositoryType(repositoryInterface).declaredEntity();
        return entity == null || EntityModels.isEntity(entity);
    }

    /** Atomic updates of this instance's entities: changes applied by the server to the current state. */
    public Atomic atomic() {
        return atomic;
    }

    /** Transactions over this instance's repositories and atomic updates. */
    public Transactions transactions() {
        return runtime.transactions();
    }

    /** Locks on this instance's entities. */
    public EntityLocks locks() {
        return locks;
    }

    /** {@code "native"} (RedisJSON commands) or {@code "portable"} (plain Redis 7). */
    public String engine() {
        return runtime.engine().name();
    }

    /** The Redisson client Jadis uses. */
    public RedissonClient redisson() {
        return runtime.connection().client();
    }

    /** The server Jadis talks to, as {@code redis://host:port}, without credentials. */
    public String address() {
        return runtime.connection().address();
    }

    /**
     * Waits until every secondary index this instance uses is built (new indexes fill in the
     * background; until then queries scan). Returns whether they all are.
     */
    public boolean awaitIndexes(Duration timeout) throws InterruptedException {
        return runtime.awaitIndexes(timeout);
    }

    /**
     * Drops the secondary indexes that no repository created by this instance and no
     * {@code @Indexed} attribute asks for any more (the CDI extension does this once every repository
     * is created). Indexes in use are kept.
     */
    public void dropUnusedIndexes() {
        runtime.dropUnusedIndexes();
    }

    /** Closes the connection Jadis opened and stops the embedded server, if Jadis started one. */
    @Override
    public void close() {
        runtime.close();
    }

    /** Configures and starts a {@link Jadis}. Unset values come from {@link #properties}, then defaults. */
    public static final class Builder {
        private String url;
        private RedissonClient client;
        private String engine = "auto";
        private boolean embedded = true;
        private Duration timeout = Duration.ofSeconds(3);
        private Duration connectTimeout = Duration.ofSeconds(3);
        private String namespace = "";
        private int fetchSize = 1000;
        private Consumer<ObjectMapper> mapper;
        private boolean deferInvalidMethods;
        private Duration lockWait = Duration.ofSeconds(10);
        private Duration lockLease = Duration.ofSeconds(30);
        private boolean indexes = true;
        private int transactionAttempts = 10;
        private Duration transactionBackoff = Duration.ofMillis(5);

        private Builder() {
        }

        /** The server: {@code redis[s]://[[user]:password@]host[:port][/database]}. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Uses the application's own client, which Jadis never closes. */
        public Builder redisson(RedissonClient client) {
            this.client = client;
            return this;
        }

        /** {@code auto} (the default: native where the server has JSON commands), {@code native} or {@code portable}. */
        public Builder engine(String engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /**
         * Whether a missing URL starts the embedded development server (the default) or fails:
         * switch it off in production so that a missing URL is a clear start-up error.
         */
        public Builder embedded(boolean allowed) {
            this.embedded = allowed;
            return this;
        }

        /** How long one Redis command may take (default 3 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** How long connecting may take (default 3 s). */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /** A prefix for every key Jadis writes, so that applications can share a database. */
        public Builder namespace(String namespace) {
            this.namespace = Objects.requireNonNull(namespace, "namespace");
            return this;
        }

        /** How many documents a query or {@code findAll} fetches per round trip (default 1000). */
        public Builder fetchSize(int fetchSize) {
            this.fetchSize = fetchSize;
            return this;
        }

        /** Customises the Jackson ObjectMapper, e.g. to register a module for the application's types. */
        public Builder objectMapper(Consumer<ObjectMapper> customizer) {
            this.mapper = customizer;
            return this;
        }

        /**
         * When set, a repository method Jadis cannot implement is reported as a warning when the
         * repository is created and fails with the same exception each time it is called, instead
         * of failing the creation. Off by default.
         */
        public Builder deferInvalidMethods(boolean defer) {
            this.deferInvalidMethods = defer;
            return this;
        }

        /** How long taking entity locks (and the locks of a transaction) may wait (default 10 s). */
        public Builder lockWait(Duration wait) {
            this.lockWait = Objects.requireNonNull(wait, "wait");
            return this;
        }

        /**
         * How long a lock outlives a process that died holding it (default 30 s). While the owner runs,
         * a watchdog keeps its locks alive.
         */
        public Builder lockLease(Duration lease) {
            this.lockLease = Objects.requireNonNull(lease, "lease");
            return this;
        }

        /**
         * Whether queries keep and use secondary indexes (default {@code true}). Without them every
         * query scans; results are the same.
         */
        public Builder indexes(boolean use) {
            this.indexes = use;
            return this;
        }

        /**
         * How often a transaction runs (default 10) before a conflict — an entity it read changed
         * before it committed — reaches the caller as an {@code OptimisticLockingFailureException}.
         * The work of {@code Transactions.call}/{@code run} and of {@code @Transactional} methods runs
         * again; a transaction begun by hand does not.
         */
        public Builder transactionAttempts(int attempts) {
            this.transactionAttempts = attempts;
            return this;
        }

        /**
         * The pause before a transaction's third attempt (default 5 ms): its length is random up to
         * this, and the bound doubles with each further attempt, up to a second. The second attempt
         * runs at once, still holding the locks the first took.
         */
        public Builder transactionBackoff(Duration backoff) {
            this.transactionBackoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /**
         * Applies {@code jadis.*} settings: {@code jadis.url}, {@code jadis.engine},
         * {@code jadis.embedded}, {@code jadis.timeout} and {@code jadis.connect-timeout} (durations:
         * milliseconds, a number with a unit like {@code 10s}, or ISO-8601 like {@code PT5S}), {@code jadis.namespace}, {@code jadis.fetch-size},
         * {@code jadis.defer-invalid-methods}, {@code jadis.lock-wait}, {@code jadis.lock-lease},
         * {@code jadis.indexes}, {@code jadis.transaction-attempts}, {@code jadis.transaction-backoff}.
         * Other keys are ignored.
         */
        public Builder properties(Map<String, String> properties) {
            properties.forEach(this::property);
            return this;
        }

        private void property(String key, String value) {
            String v = value == null ? "" : value.trim();
            switch (key) {
                case "jadis.url" -> url = v.isEmpty() ? null : v;
                case "jadis.engine" -> engine = v;
                case "jadis.embedded" -> embedded = Boolean.parseBoolean(v);
                case "jadis.timeout" -> timeout = duration(key, v);
                case "jadis.connect-timeout" -> connectTimeout = duration(key, v);
                case "jadis.namespace" -> namespace = v;
                case "jadis.fetch-size" -> fetchSize = integer(key, v);
                case "jadis.defer-invalid-methods" -> deferInvalidMethods = Boolean.parseBoolean(v);
                case "jadis.lock-wait" -> lockWait = duration(key, v);
                case "jadis.lock-lease" -> lockLease = duration(key, v);
                case "jadis.indexes" -> indexes = Boolean.parseBoolean(v);
                case "jadis.transaction-attempts" -> transactionAttempts = integer(key, v);
                case "jadis.transaction-backoff" -> transactionBackoff = duration(key, v);
                default -> {
                }
            }
        }

        /** Milliseconds ({@code 500}), a number with a unit ({@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}) or ISO-8601. */
        private static Duration duration(String key, String value) {
            try {
                if (value.startsWith("P") || value.startsWith("p")) {
                    return Duration.parse(value);
                }
                var unit = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|h)?").matcher(value);
                if (!unit.matches()) {
                    throw new IllegalArgumentException(value);
                }
                long n = Long.parseLong(unit.group(1));
                return switch (unit.group(2) == null ? "ms" : unit.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofMillis(n);
                };
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(key + " must be milliseconds, a number with a unit (500ms, 10s,"
                        + " 2m, 1h) or an ISO-8601 duration, not '" + value + "'");
            }
        }

        private static int integer(String key, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'");
            }
        }

        /** Connects (or starts the embedded server), picks the engine, and returns the running Jadis. */
        public Jadis build() {
            return new Jadis(new Settings(url, client, engine.trim().toLowerCase(java.util.Locale.ROOT),
                    embedded, timeout, connectTimeout, namespace, fetchSize, mapper, deferInvalidMethods, lockWait,
                    lockLease, indexes, transactionAttempts, transactionBackoff));
        }
    }
}
