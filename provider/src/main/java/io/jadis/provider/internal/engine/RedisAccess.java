package io.jadis.provider.internal.engine;

import io.jadis.api.JadisException;
import jakarta.data.exceptions.DataConnectionException;
import org.redisson.RedissonShutdownException;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisConnectionException;
import org.redisson.client.RedisException;
import org.redisson.client.RedisTimeoutException;
import org.redisson.client.codec.StringCodec;

import java.util.List;
import java.util.function.Supplier;

/**
 * The one door to Redis: runs scripts and commands through Redisson and turns its failures into
 * Jakarta Data exceptions that name the server.
 */
public final class RedisAccess {
    private final RedissonClient client;
    private final String address;
    private final RScript scripts;

    public RedisAccess(RedissonClient client, String address) {
        this.client = client;
        this.address = address;
        this.scripts = client.getScript(StringCodec.INSTANCE);
    }

    public RedissonClient client() {
        return client;
    }

    public String address() {
        return address;
    }

    /** Runs a script that writes (or may write); its reply is a list. */
    public List<Object> write(Script script, List<Object> keys, Object... args) {
        return call(() -> scripts.eval(RScript.Mode.READ_WRITE, script.source(), RScript.ReturnType.LIST,
                keys, args), script.name());
    }

    /** Runs a script that only reads; its reply is a list. */
    public List<Object> read(Script script, List<Object> keys, Object... args) {
        return call(() -> scripts.eval(RScript.Mode.READ_ONLY, script.source(), RScript.ReturnType.LIST,
                keys, args), script.name());
    }

    /** Runs an operation on the client, translating failures; {@code what} names it in errors. */
    public <T> T call(Supplier<T> operation, String what) {
        try {
            return operation.get();
        } catch (RedisConnectionException | RedisTimeoutException | RedissonShutdownException e) {
            throw new DataConnectionException("Redis at " + address + " is unreachable (" + what + "): "
                    + e.getMessage(), e);
        } catch (RedisException e) {
            if (lostConnection(e, 0)) {
                throw new DataConnectionException("Redis at " + address + " is unreachable (" + what + "): "
                        + brief(e.getMessage()), e);
            }
            String refusal = refusal(e.getMessage());
            throw new JadisException(refusal != null ? refusal
                    : "Redis at " + address + " refused " + what + ": " + brief(e.getMessage()), e);
        }
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
