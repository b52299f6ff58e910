package io.jadis.provider.atomic;

import io.jadis.api.Atomic;
import io.jadis.api.AtomicResult;
import io.jadis.api.ConditionNotMetException;
import io.jadis.api.JadisException;
import io.jadis.provider.testing.JadisTest;
import jakarta.data.exceptions.MappingException;
import jakarta.data.exceptions.OptimisticLockingFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static io.jadis.provider.atomic.Player.Achievement.FIRST_WIN;
import static io.jadis.provider.atomic.Player.Achievement.STREAK_10;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Atomic updates, on every engine. */
abstract class AtomicContract extends JadisTest {
    Players players;
    Atomic atomic;

    @BeforeEach
    void repositories() {
        players = jadis.repository(Players.class);
        atomic = jadis.atomic();
        players.insert(new Player("ada", "Ada"));
    }

    Player ada() {
        return players.findById("ada").orElseThrow();
    }

    @Test
    void severalOperationsApplyInOneStepAndReturnTheNewState() {
        long before = scriptRuns();
        Player p = atomic.on(Player.class, "ada")
                .add("score", 100)
                .add("wins", 1)
                .append("achievements", FIRST_WIN)
                .put("metadata", "lastWin", "2024-01-01")
                .add("stats.wins", 1)
                .apply();
        assertEquals(1, scriptRuns() - before);
        assertEquals(100, p.score);
        assertEquals(1, p.wins);
        assertEquals(List.of(FIRST_WIN), p.achievements);
        assertEquals(Map.of("lastWin", "2024-01-01"), p.metadata);
        assertEquals(new Player.Stats(0, 1, 0.0), p.stats);
        assertEquals(2, p.version);
        assertEquals(100, ada().score);
    }

    @Test
    void concurrentIncrementsAreNeverLost() throws Exception {
        concurrently(1000, i -> atomic.on(Player.class, "ada").add("score", 1).add("stats.totalGames", 1).apply());
        Player p = ada();
        assertEquals(1000, p.score);
        assertEquals(1000, p.stats.totalGames());
        assertEquals(1001, p.version);
    }

    @Test
    void concurrentAppendsKeepEveryElement() throws Exception {
        concurrently(1000, i -> atomic.on(Player.class, "ada").append("log", "entry-" + i).apply());
        List<String> log = ada().log;
        assertEquals(1000, log.size());
        Set<String> expected = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> expected.add("entry-" + i));
        assertEquals(expected, new HashSet<>(log));
    }

    @Test
    void clicksAreCountedExactlyAndTheHistoryIsTrimmedInTheSameStep() throws Exception {
        concurrently(100, i -> atomic.on(Player.class, "ada").add("score", 1).append("log", "click-" + i)
                .keepLast("log", 10).apply());
        Player p = ada();
        assertEquals(100, p.score);
        assertEquals(10, p.log.size());
    }

    @Test
    void numbersChangeExactly() {
        Player p = atomic.on(Player.class, "ada")
                .add("balance", new BigDecimal("0.1"))
                .add("balance", new BigDecimal("0.20"))
                .multiply("balance", new BigDecimal("3"))
                .add("rating", 0.1)
                .add("rating", 0.2)
                .add("score", Long.MAX_VALUE - 1)
                .apply();
        assertEquals(new BigDecimal("0.90"), p.balance);
        assertEquals(0.1 + 0.2, p.rating);
        assertEquals(Long.MAX_VALUE - 1, p.score);
    }

    @Test
    void integerOverflowIsAnErrorAndWritesNothing() {
        atomic.on(Player.class, "ada").add("score", Long.MAX_VALUE).apply();
        JadisException e = assertThrows(JadisException.class,
                () -> atomic.on(Player.class, "ada").add("wins", 5).add("score", 1).apply());
        assertTrue(e.getMessage().contains("overflow") && e.getMessage().contains("ada"), e.getMessage());
        assertEquals(0, ada().wins);
        assertThrows(JadisException.class, () -> atomic.on(Player.class, "ada").add("level", 40000).apply());
        assertThrows(IllegalArgumentException.class, () -> atomic.on(Player.class, "ada").add("wins", 1.5));
    }

    @Test
    void listOperationsCoverTheWholeList() {
        atomic.on(Player.class, "ada").append("log", "b", "c", "d").insert("log", 0, "a").insert("log", 2, "x")
                .insert("log", -1, "y").apply();
        assertEquals(List.of("a", "b", "x", "c", "y", "d"), ada().log);
        AtomicResult<Player> popped = atomic.on(Player.class, "ada").popFirst("log").popLast("log").pop("log", 1)
                .applyForResult();
        assertEquals(List.of("b", "c", "y"), popped.entity().log);
        assertEquals(List.of("a", "d", "x"), popped.values());
        atomic.on(Player.class, "ada").append("log", "c", "z").removeValue("log", "c").apply();
        assertEquals(List.of("b", "y", "z"), ada().log);
        atomic.on(Player.class, "ada").keepFirst("log", 2).apply();
        assertEquals(List.of("b", "y"), ada().log);
        atomic.on(Player.class, "ada").set("log[1]", "Y").apply();
        assertEquals(List.of("b", "Y"), ada().log);
        atomic.on(Player.class, "ada").clear("log").apply();
        assertEquals(List.of(), ada().log);
    }

    @Test
    void appendIfAbsentAddsEachValueOnce() throws Exception {
        concurrently(50, i -> atomic.on(Player.class, "ada").appendIfAbsent("achievements", FIRST_WIN)
                .appendIfAbsent("numbers", i % 5).apply());
        Player p = ada();
        assertEquals(List.of(FIRST_WIN), p.achievements);
        assertEquals(Set.of(0, 1, 2, 3, 4), new HashSet<>(p.numbers));
        assertEquals(5, p.numbers.size());
    }

    @Test
    void poppingAnEmptyListChangesNothingAndGivesNull() {
        AtomicResult<Player> r = atomic.on(Player.class, "ada").popLast("log").popFirst("achievements")
                .pop("log", 5).applyForResult();
        assertEquals(java.util.Arrays.asList(null, null, null), r.values());
        assertEquals(List.of(), r.entity().log);
    }

    @Test
    void listsInsideValuesAndNullListsWork() {
        Player p = atomic.on(Player.class, "ada").append("numbers", 1, 2, 3).popFirst("numbers").apply();
        assertEquals(List.of(2, 3), p.numbers);
    }

    @Test
    void mapOperationsAcceptAnyKey() {
        List<String> keys = List.of("a.b", "$x", "it's", "[0]", "日本", "q\"uote", "back\\slash", "#");
        for (String key : keys) {
            atomic.on(Player.class, "ada").put("metadata", key, "v" + key).apply();
        }
        Map<String, String> metadata = ada().metadata;
        for (String key : keys) {
            assertEquals("v" + key, metadata.get(key), key);
        }
        atomic.on(Player.class, "ada").removeKey("metadata", "a.b").set("metadata[\"$x\"]", "changed")
                .putAll("metadata", Map.of("n1", "1", "n2", "2")).apply();
        metadata = ada().metadata;
        assertFalse(metadata.containsKey("a.b"));
        assertEquals("changed", metadata.get("$x"));
        assertEquals("2", metadata.get("n2"));
        atomic.on(Player.class, "ada").clear("metadata").apply();
        assertEquals(Map.of(), ada().metadata);
    }

    @Test
    void textBooleansAndEmbeddedObjectsChangeInPlace() {
        Player p = atomic.on(Player.class, "ada").appendText("username", " Lovelace").toggle("active")
                .merge("stats", Map.of("wins", 7, "avgScore", 1.5)).apply();
        assertEquals("Ada Lovelace", p.username);
        assertTrue(p.active);
        assertEquals(new Player.Stats(0, 7, 1.5), p.stats);
        p = atomic.on(Player.class, "ada").toggle("active").set("stats", new Player.Stats(1, 2, 3.0))
                .unset("numbers").apply();
        assertFalse(p.active);
        assertEquals(new Player.Stats(1, 2, 3.0), p.stats);
    }

    @Test
    void conditionsAreCheckedInTheSameStep() {
        atomic.on(Player.class, "ada").add("score", 5).apply();
        assertEquals(Optional.empty(), atomic.on(Player.class, "ada").add("score", -10).when("score >= ?1", 10)
                .tryApply());
        ConditionNotMetException e = assertThrows(ConditionNotMetException.class,
                () -> atomic.on(Player.class, "ada").add("score", -10).append("log", "x").when("score >= 10").apply());
        assertTrue(e.getMessage().contains("ada") && e.getMessage().contains("score >= 10"), e.getMessage());
        assertEquals(5, ada().score);
        assertEquals(List.of(), ada().log);
        Player p = atomic.on(Player.class, "ada").add("score", -5).when("score >= 5 AND username = 'Ada'").apply();
        assertEquals(0, p.score);
    }

    @Test
    void conditionalDecrementsNeverOversell() throws Exception {
        atomic.on(Player.class, "ada").add("score", 500).apply();
        AtomicInteger sold = new AtomicInteger();
        concurrently(64 * 20, i -> {
            if (atomic.on(Player.class, "ada").add("score", -1).when("score > 0").tryApply().isPresent()) {
                sold.incrementAndGet();
            }
            return null;
        });
        assertEquals(500, sold.get());
        assertEquals(0, ada().score);
    }

    @Test
    void aBatchUpdatesSeveralEntitiesAllOrNothing() {
        players.insert(new Player("bob", "Bob"));
        atomic.on(Player.class, "ada").add("score", 10).apply();
        List<Object> moved = atomic.batch()
                .with(atomic.on(Player.class, "ada").add("score", -10).when("score >= 10"))
                .with(atomic.on(Player.class, "bob").add("score", 10))
                .apply();
        assertEquals(2, moved.size());
        assertEquals(10, players.findById("bob").orElseThrow().score);
        assertThrows(ConditionNotMetException.class, () -> atomic.batch()
                .with(atomic.on(Player.class, "bob").add("score", -10))
                .with(atomic.on(Player.class, "ada").add("score", 10).when("score >= 10"))
                .apply());
        assertEquals(10, players.findById("bob").orElseThrow().score);
        assertEquals(0, ada().score);
    }

    @Test
    void badPathsAndOperationsFailClearlyBeforeAnythingIsSent() {
        MappingException unknown = assertThrows(MappingException.class,
                () -> atomic.on(Player.class, "ada").add("scor", 1));
        assertTrue(unknown.getMessage().contains("Player") && unknown.getMessage().contains("scor"),
                unknown.getMessage());
        assertThrows(MappingException.class, () -> atomic.on(Player.class, "ada").add("stats.losses", 1));
        IllegalArgumentException notAList = assertThrows(IllegalArgumentException.class,
                () -> atomic.on(Player.class, "ada").append("score", 1));
        assertTrue(notAList.getMessage().contains("score"), notAList.getMessage());
        assertThrows(IllegalArgumentException.class, () -> atomic.on(Player.class, "ada").append("achievements", "x"));
        assertThrows(MappingException.class, () -> atomic.on(Player.class, "ada").add("version", 1));
        assertThrows(OptimisticLockingFailureException.class,
                () -> atomic.on(Player.class, "nobody").add("score", 1).apply());
        assertFalse(players.findById("nobody").isPresent());
    }

    @Test
    void anAtomicUpdateMakesAnEarlierCopyStale() {
        Player copy = ada();
        atomic.on(Player.class, "ada").add("score", 1).apply();
        copy.username = "stale";
        assertThrows(OptimisticLockingFailureException.class, () -> players.update(copy));
    }

    interface Task {
        Object run(int i) throws Exception;
    }

    static void concurrently(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> task.run(k)));
            }
            for (Future<Object> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
