package io.jadis.provider.internal.engine;

import io.jadis.api.JadisException;
import jakarta.data.exceptions.DataConnectionException;
import org.redisson.RedissonShutdownException;
import org.redisson.api.FunctionMode;
import org.redisson.api.FunctionResult;
import org.redisson.api.RBatch;
import org.redisson.api.RFunction;
import org.redisson.api.RedissonClient;
import org.redisson.api.options.OptionalOptions;
import org.redisson.client.RedisConnectionException;
import org.redisson.client.RedisException;
import org.redisson.client.RedisResponseTimeoutException;
import org.redisson.client.RedisTimeoutException;
import org.redisson.client.WriteRedisConnectionException;
import org.redisson.client.codec.StringCodec;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The one door to Redis: calls Jadis' functions and runs commands through Redisson, and turns
 * failures into Jakarta Data exceptions that name the server.
 */
public final class RedisAccess {
    /** How often a call is tried when it provably never left the client (each try waits for a connection). */
    private static final int UNSENT_ATTEMPTS = 4;
    /** How often one call may find the function library gone from the server (FUNCTION FLUSH, a restart). */
    private static final int RELOADS = 5;

    private final RedissonClient client;
    private final String address;
    private final String clientId;
    private final RFunction writes;
    private final RFunction reads;
    /** Counts the loads of the library, so that callers who found it gone load it once between them. */
    private final AtomicLong loads = new AtomicLong();
    private final ReentrantLock loading = new ReentrantLock();

    public RedisAccess(RedissonClient client, String address) {
        this.client = client;
        this.address = address;
        this.clientId = client.getId();
        // Redisson sends a command again when its reply is late; a write function that did run
        // would then apply twice. Writes are sent once: a late reply is an error whose outcome the
        // caller must check, and only a call that never left (no connection) is tried again.
        // Reads may be sent again.
        this.writes = client.getFunction(OptionalOptions.defaults().codec(StringCodec.INSTANCE).retryAttempts(0));
        this.reads = client.getFunction(StringCodec.INSTANCE);
    }

    public RedissonClient client() {
        return client;
    }

    public String address() {
        return address;
    }

    /**
     * The calling thread's name as an owner of Redisson locks ({@code <client id>:<thread id>}, the
     * field RLock writes), by which write functions tell a lock's holder from everyone else.
     */
    public String owner() {
        return clientId + ":" + Thread.currentThread().getId();
    }

    /**
     * Loads {@code library} onto the server (every master), replacing an equal one: loading is
     * idempotent, and the name says which code it is.
     */
    public void load(ScriptLibrary library) {
        try {
            call(() -> {
                reads.loadAndReplace(library.name(), library.code());
                return null;
            }, "FUNCTION LOAD " + library.name());
            loads.incrementAndGet();
        } catch (JadisException e) {
            throw new JadisException("Jadis needs Redis functions (Redis 7.0 or later, with FUNCTION LOAD allowed"
                    + " for its user): " + e.getMessage(), e);
        }
    }

    /**
     * Calls a function that writes (or may write); its reply is a list. The caller's lock
     * {@link #owner} goes with it as the last argument.
     */
    public List<Object> write(Script script, List<Object> keys, Object... args) {
        Object[] withOwner = Arrays.copyOf(args, args.length + 1);
        withOwner[args.length] = owner();
        return fcall(writes, FunctionMode.WRITE, script.function(), script, keys, withOwner);
    }

    /** Calls a function that only reads (FCALL_RO); its reply is a list. */
    public List<Object> read(Script script, List<Object> keys, Object... args) {
        return fcall(reads, FunctionMode.READ, script.readOnlyFunction(), script, keys, args);
    }

    private List<Object> fcall(RFunction functions, FunctionMode mode, String function, Script script,
                               List<Object> keys, Object[] args) {
        int unsent = 0;
        int reloads = 0;
        while (true) {
            long seen = loads.get();
            try {
                return functions.call(mode, function, FunctionResult.LIST, keys, args);
            } catch (RuntimeException e) {
                if (unsent(e) && ++unsent < UNSENT_ATTEMPTS) {
                    continue;
                }
                if (!missingFunction(e) || ++reloads > RELOADS) {
                    throw translate(e, function);
                }
            }
            // The server lost the library (a restart without persistence, FUNCTION FLUSH): nothing ran.
            reload(script.library(), seen);
        }
    }

    /**
     * Loads the library again unless someone did since {@code seen}: callers who found it gone
     * together load it once, and a caller who finds it gone again after that load loads it again.
     */
    private void reload(ScriptLibrary library, long seen) {
        loading.lock();
        try {
            if (loads.get() == seen) {
                load(library);
            }
        } finally {
            loading.unlock();
        }
    }

    private static boolean missingFunction(RuntimeException e) {
        return e instanceof RedisException && e.getMessage() != null && e.getMessage().contains("Function not found");
    }

    /**
     * Queues {@code read} for each key in one batch, pipelined in one round trip, and returns the
     * replies in key order: each read is atomic by itself, which is all a read of several
     * documents promises. Returns {@code null} when a key holds a type the command cannot read
     * (WRONGTYPE), for the caller to ask a function that names it.
     */
    public List<?> pipelined(List<String> keys, BiConsumer<RBatch, String> read, String command) {
        RBatch batch = client.createBatch();
        for (String key : keys) {
            read.accept(batch, key);
        }
        try {
            return batch.execute().getResponses();
        } catch (RedisException e) {
            if (Outcomes.isWrongType(e)) {
                return null;
            }
            throw translate(e, command + " of " + keys.size() + " keys such as " + keys.get(0));
        }
    }

    /**
     * Whether a call provably never reached the server: no connection could be had for it in time,
     * or it was still waiting to be written to one when its time ran out (Redisson then cancels the
     * write), or writing it to the connection failed, so that the server never read a whole command.
     */
    private static boolean unsent(RuntimeException e) {
        if (e instanceof WriteRedisConnectionException) {
            return true;
        }
        if (!(e instanceof RedisTimeoutException) || e instanceof RedisResponseTimeoutException
                || e.getMessage() == null) {
            return false;
        }
        return e.getMessage().startsWith("Unable to acquire connection")
                || e.getMessage().startsWith("Command still hasn't been written into connection");
    }

    /** Runs an operation on the client, translating failures; {@code what} names it in errors. */
    public <T> T call(Supplier<T> operation, String what) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw translate(e, what);
        }
    }

    /** The exception to throw for a failure of {@code what}: Redis failures become Jakarta Data ones. */
    public RuntimeException translate(RuntimeException e, String what) {
        if (e instanceof RedisResponseTimeoutException) {
            return new DataConnectionException("Redis at " + address + " did not answer " + what + " in time;"
                    + " a write may or may not have been applied: " + e.getMessage(), e);
        }
        if (e instanceof RedisConnectionException || e instanceof RedisTimeoutException
                || e instanceof RedissonShutdownException) {
            return new DataConnectionException("Redis at " + address + " is unreachable (" + what + "): "
                    + e.getMessage(), e);
        }
        if (!(e instanceof RedisException)) {
            return e;
        }
        if (lostConnection(e, 0)) {
            return new DataConnectionException("Redis at " + address + " is unreachable (" + what + "): "
                    + brief(e.getMessage()), e);
        }
        String refusal = refusal(e.getMessage());
        return new JadisException(refusal != null ? refusal
                : "Redis at " + address + " refused " + what + ": " + brief(e.getMessage()), e);
    }

    /**
     * Whether a call failed for want of a working connection (refused, lost, timed out), so that
     * its outcome is unknown but trying again may succeed.
     */
    public static boolean isConnectionFailure(Throwable e) {
        return !(e instanceof RedissonShutdownException) && lostConnection(e, 0);
    }

    /** Whether a failure comes from a lost or refused connection, which Redisson may wrap. */
    private static boolean lostConnection(Throwable e, int depth) {
        if (e == null || depth > 8) {
            return false;
        }
        if (e instanceof RedisConnectionException || e instanceof RedisTimeoutException
                || e instanceof java.net.ConnectException || e instanceof java.nio.channels.ClosedChannelException) {
            return true;
        }
        for (Throwable s : e.getSuppressed()) {
            if (lostConnection(s, depth + 1)) {
                return true;
            }
        }
        return lostConnection(e.getCause(), depth + 1);
    }

    /** The server's error without the command dump Redisson appends. */
    private static String brief(String message) {
        if (message == null) {
            return "";
        }
        int cut = message.indexOf(". channel:");
        return cut < 0 ? message : message.substring(0, cut);
    }

    /** The message of an error a Jadis script raised on purpose ({@code error('JADIS ...')}), or null. */
    private static String refusal(String message) {
        if (message == null) {
            return null;
        }
        int start = message.indexOf("JADIS ");
        if (start < 0) {
            return null;
        }
        int end = message.indexOf(" script:", start);
        return message.substring(start + 6, end < 0 ? message.length() : end).trim();
    }
}
