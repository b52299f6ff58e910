package io.jadis.provider.connect;

import io.jadis.api.JadisException;
import io.jadis.provider.Jadis;
import io.jadis.provider.contract.Note;
import io.jadis.provider.contract.Notes;
import io.jadis.provider.internal.connect.EmbeddedRedis;
import io.jadis.provider.internal.connect.RedisUrl;
import io.jadis.provider.testing.TestRedis;
import jakarta.data.exceptions.DataConnectionException;
import org.junit.jupiter.api.Test;
import io.netty.util.concurrent.EventExecutor;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionTest {
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @Test
    void withoutAUrlJadisStartsTheEmbeddedServerAndStopsItOnClose() {
        String address;
        try (Jadis jadis = Jadis.builder().build()) {
            address = jadis.address();
            assertTrue(address.startsWith("redis://127.0.0.1:"), address);
            assertEquals("portable", jadis.engine());
            jadis.repository(Notes.class).insert(new Note("1", "hello"));
            assertTrue(listening(address));
        }
        assertFalse(listening(address));
    }

    @Test
    void withTheEmbeddedServerSwitchedOffAMissingUrlIsAStartUpError() {
        JadisException e = assertThrows(JadisException.class, () -> Jadis.builder().embedded(false).build());
        assertTrue(e.getMessage().contains("jadis.url"), e.getMessage());
    }

    @Test
    void anUnreachableServerFailsAtStartUpNamingTheAddress() {
        DataConnectionException e = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(
                DataConnectionException.class, () -> Jadis.builder().url("redis://127.0.0.1:1")
                        .connectTimeout(Duration.ofMillis(500)).build()));
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
    }

    @Test
    void aServerThatGoesAwayFailsCallsPromptlyNamingTheAddress() {
        EmbeddedRedis server = EmbeddedRedis.start();
        try (Jadis jadis = Jadis.builder().url(server.url()).timeout(Duration.ofMillis(500))
                .connectTimeout(Duration.ofMillis(500)).build()) {
            Notes notes = jadis.repository(Notes.class);
            notes.insert(new Note("1", "before"));
            server.close();
            DataConnectionException e = assertTimeoutPreemptively(NO_HANG,
                    () -> assertThrows(DataConnectionException.class, () -> notes.byId("1")));
            assertTrue(e.getMessage().contains(server.url().substring("redis://".length())), e.getMessage());
        } finally {
            server.close();
        }
    }

    @Test
    void aWriteWhoseReplyIsLateFailsAndIsNeverSentTwice() throws Exception {
        EmbeddedRedis server = EmbeddedRedis.start();
        try (Jadis jadis = Jadis.builder().url(server.url()).timeout(Duration.ofMillis(300)).build()) {
            Notes notes = jadis.repository(Notes.class);
            notes.insert(new Note("1", "a"));
            command(server.url(), "CLIENT PAUSE 2500 WRITE");
            DataConnectionException e = assertThrows(DataConnectionException.class,
                    () -> jadis.atomic().on(Note.class, "1").appendText("text", "!").apply());
            assertTrue(e.getMessage().contains("may or may not have been applied"), e.getMessage());
            // A write of our own waits for the pause to end. By then Redisson would have queued a
            // second copy of the call (1.5 s after the timeout); the server runs what the pause held
            // before anything sent later, so the read below sees every copy that was sent.
            command(server.url(), "SET probe 1");
            assertEquals("a!", notes.byId("1").orElseThrow().text);
        } finally {
            server.close();
        }
    }

    @Test
    void aWriteThatWasNeverWrittenToAConnectionIsSentAgainAndAppliedOnce() throws Exception {
        Config config = new Config();
        config.setNettyThreads(2);
        config.useSingleServer().setAddress(TestRedis.plainUrl()).setTimeout(300).setConnectionMinimumIdleSize(1);
        RedissonClient client = Redisson.create(config);
        try (Jadis jadis = Jadis.builder().redisson(client).namespace("unsent").build()) {
            Notes notes = jadis.repository(Notes.class);
            notes.insert(new Note("1", "a"));
            // Every event loop of the client sleeps for 700 ms: a write made now cannot be written to a
            // connection, and Redisson cancels it after its 300 ms timeout, unsent.
            CountDownLatch asleep = new CountDownLatch(2);
            for (EventExecutor loop : ((Redisson) client).getServiceManager().getGroup()) {
                loop.execute(() -> {
                    asleep.countDown();
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(700));
                });
            }
            asleep.await();
            jadis.atomic().on(Note.class, "1").appendText("text", "!").apply();
            assertEquals("a!", notes.byId("1").orElseThrow().text);
        } finally {
            client.getKeys().deleteByPattern("unsent:*");
            client.shutdown();
        }
    }

    private static void command(String url, String inline) throws IOException {
        RedisUrl u = RedisUrl.parse(url);
        try (Socket s = new Socket(u.host(), u.port())) {
            s.getOutputStream().write((inline + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] reply = new byte[5];
            assertEquals(5, s.getInputStream().readNBytes(reply, 0, 5));
            assertEquals("+OK\r\n", new String(reply, java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    @Test
    void anApplicationClientIsUsedAndLeftOpen() {
        RedissonClient client = TestRedis.client(TestRedis.plainUrl());
        try {
            try (Jadis jadis = Jadis.builder().redisson(client).build()) {
                jadis.repository(Notes.class).insert(new Note("own", "client"));
            }
            assertFalse(client.isShutdown());
            assertTrue(client.getKeys().countExists("Note:own") == 1);
        } finally {
            client.getKeys().delete("Note:own", "Note:#ids");
            client.shutdown();
        }
    }

    @Test
    void urlsCarryCredentialsDatabaseAndTls() {
        RedisUrl url = RedisUrl.parse("rediss://user:p%40ss@cache.example.com:6380/3");
        assertTrue(url.tls());
        assertEquals("cache.example.com", url.host());
        assertEquals(6380, url.port());
        assertEquals("user", url.user());
        assertEquals("p@ss", url.password());
        assertEquals(3, url.database());
        assertEquals("rediss://cache.example.com:6380/3", url.toString());
        RedisUrl passwordOnly = RedisUrl.parse("redis://:secret@localhost");
        assertNull(passwordOnly.user());
        assertEquals("secret", passwordOnly.password());
        assertEquals(6379, passwordOnly.port());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> RedisUrl.parse("http://user:secret@localhost"));
        assertFalse(bad.getMessage().contains("secret"), bad.getMessage());
    }

    @Test
    void propertiesConfigureTheBuilderAndBadValuesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Jadis.builder().properties(Map.of("jadis.timeout", "soon")));
        assertTrue(e.getMessage().contains("jadis.timeout"), e.getMessage());
        IllegalArgumentException engine = assertThrows(IllegalArgumentException.class,
                () -> Jadis.builder().properties(Map.of("jadis.engine", "mongo", "jadis.url", TestRedis.plainUrl()))
                        .build());
        assertTrue(engine.getMessage().contains("mongo"), engine.getMessage());
    }

    private static boolean listening(String url) {
        RedisUrl u = RedisUrl.parse(url);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(u.host(), u.port()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
