package io.jadis.provider.expiry;

import io.jadis.provider.contract.Note;
import io.jadis.provider.contract.Notes;
import io.jadis.provider.testing.JadisTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.client.codec.StringCodec;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Time to live, on every engine. */
abstract class ExpiryContract extends JadisTest {
    Repositories.Sessions sessions;
    Repositories.Tokens tokens;

    @BeforeEach
    void repositories() {
        sessions = jadis.repository(Repositories.Sessions.class);
        tokens = jadis.repository(Repositories.Tokens.class);
    }

    private Double expiresAt(String prefix, String id) {
        return jadis.redisson().getScoredSortedSet(prefix + ":#expiry", StringCodec.INSTANCE).getScore(id);
    }

    private long ttl(String key) {
        return jadis.redisson().getKeys().remainTimeToLive(key);
    }

    private static void nextMillisecond() {
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() <= now + 1) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aFixedTimeToLiveIsSetAtCreationAndKeptByUpdates() {
        Token t = tokens.save(new Token("t1"));
        long first = ttl("Token:t1");
        assertTrue(first > 50_000 && first <= 60_000, "ttl " + first);
        Double moment = expiresAt("Token", "t1");
        nextMillisecond();
        t.uses = 5;
        tokens.save(t);
        jadis.atomic().on(Token.class, "t1").add("uses", 1).apply();
        assertEquals(moment, expiresAt("Token", "t1"));
        assertTrue(ttl("Token:t1") <= first);
        assertEquals(6, tokens.findById("t1").orElseThrow().uses);
    }

    @Test
    void aSlidingTimeToLiveStartsAgainOnEveryReadAndWrite() {
        sessions.save(new Session("s1", "ada"));
        Double created = expiresAt("Session", "s1");
        nextMillisecond();
        sessions.findById("s1").orElseThrow();
        Double read = expiresAt("Session", "s1");
        assertTrue(read > created, created + " then " + read);
        nextMillisecond();
        jadis.atomic().on(Session.class, "s1").set("user", "bob").apply();
        assertTrue(expiresAt("Session", "s1") > read);
    }

    @Test
    void anAtomicUpdateCanGiveOneEntityItsOwnTime() {
        Notes notes = jadis.repository(Notes.class);
        notes.insert(new Note("n1", "forever"));
        assertEquals(-1, ttl("Note:n1"));
        jadis.atomic().on(Note.class, "n1").set("text", "soon gone").expireAfter(Duration.ofSeconds(30)).apply();
        long ttl = ttl("Note:n1");
        assertTrue(ttl > 25_000 && ttl <= 30_000, "ttl " + ttl);
        notes.update(new Note("n1", "rewritten"));
        assertTrue(ttl("Note:n1") > 0, "a rewrite keeps the entity's own expiry");
    }

    @Test
    void anUpdateWhoseTimeToLiveEndsWithinItsOwnStepStillReturnsWhatItWrote() {
        sessions.save(new Session("brief", "ada"));
        // Under a millisecond: the moment is already past when the server sets it, so it removes the
        // entity at once, as a slow step would with any short time.
        Session written = jadis.atomic().on(Session.class, "brief").set("user", "bob")
                .expireAfter(Duration.ofNanos(1)).apply();
        assertEquals("bob", written.user);
        assertFalse(sessions.findById("brief").isPresent());
    }

    @Test
    void expiredEntitiesNeverAppearInFindAllCountOrQueries() {
        sessions.saveAll(List.of(new Session("a", "ada"), new Session("b", "ada"), new Session("c", "bob")));
        for (String id : List.of("a", "b")) {
            jadis.atomic().on(Session.class, id).expireAfter(Duration.ofMillis(1)).apply();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jadis.redisson().getKeys().countExists("Session:a", "Session:b") > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(1, sessions.findAll().count());
        assertEquals(List.of(), sessions.findByUser("ada"));
        assertEquals(0, sessions.countByUser("ada"));
        assertFalse(sessions.findById("a").isPresent());
        assertEquals(1, jadis.repository(Repositories.Sessions.class).findAll().count());
        assertEquals(1, countAll());
        sessions.save(new Session("d", "cy"));
        assertNull(expiresAt("Session", "a"));
        assertEquals(2, jadis.redisson().getScoredSortedSet("Session:#ids").size());
    }

    @Test
    void countingIsAReadAndWritesForgetExpiredIdsAFewAtATime() {
        sessions.saveAll(java.util.stream.IntStream.range(0, 250).mapToObj(i -> new Session("s" + i, "ada")).toList());
        sessions.save(new Session("kept", "bob"));
        jadis.atomic().batch().with(jadis.atomic().on(Session.class, "kept").expireAfter(Duration.ofMinutes(5)))
                .apply();
        jadis.redisson().getScript(StringCodec.INSTANCE).eval(org.redisson.api.RScript.Mode.READ_WRITE,
                "for i = 0, 249 do redis.call('PEXPIRE', 'Session:s' .. i, 1) "
                        + "redis.call('ZADD', 'Session:#expiry', 1, 's' .. i) end",
                org.redisson.api.RScript.ReturnType.VALUE);
        long writes = commandCalls("fcall");
        assertEquals(1, countAll());
        assertEquals(writes, commandCalls("fcall"), "counting ran a function that may write");
        assertEquals(1, sessions.findAll().count());
        assertEquals(251, registered());
        sessions.save(new Session("kept", "bob"));
        assertEquals(151, registered(), "one write forgets at most 100 expired ids");
        sessions.save(new Session("kept", "bob"));
        sessions.save(new Session("kept", "bob"));
        assertEquals(1, registered());
        assertEquals(1, countAll());
    }

    private int registered() {
        return jadis.redisson().getScoredSortedSet("Session:#ids").size();
    }

    private long countAll() {
        return jadis.repository(Counting.class).countAll();
    }

    @jakarta.data.repository.Repository
    interface Counting extends jakarta.data.repository.DataRepository<Session, String> {
        long countAll();
    }
}
