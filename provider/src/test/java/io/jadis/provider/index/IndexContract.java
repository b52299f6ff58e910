package io.jadis.provider.index;

import io.jadis.provider.Jadis;
import io.jadis.provider.testing.JadisTest;
import jakarta.data.Limit;
import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secondary indexes, on every engine. */
abstract class IndexContract extends JadisTest {
    static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    Gamers gamers;

    @BeforeEach
    void populate() throws InterruptedException {
        gamers = jadis.repository(Gamers.class);
        gamers.saveAll(population(300, 7));
        assertTrue(jadis.awaitIndexes(Duration.ofSeconds(60)), "indexes built");
    }

    static List<Gamer> population(int n, long seed) {
        Random r = new Random(seed);
        List<Gamer> all = new ArrayList<>();
        String[] names = {"Ada", "alan", "Grace", "grace", "Édith", "Ωmega", "linus", "Ken", "ken", "Barbara"};
        String[] cities = {"Oslo", "Lima", "Kyiv", null};
        for (int i = 0; i < n; i++) {
            all.add(new Gamer(String.format("g%03d", i), names[r.nextInt(names.length)] + (i % 7 == 0 ? "" : i % 3),
                    r.nextInt(1000), i % 5 == 0 ? null : r.nextInt(20),
                    i % 4 == 0 ? null : BigDecimal.valueOf(r.nextInt(100_000), 2).toString(),
                    Gamer.Tier.values()[r.nextInt(3)], r.nextBoolean(),
                    i % 6 == 0 ? null : EPOCH.plusSeconds(r.nextInt(1_000_000)).plusNanos(r.nextInt(1000) * 1000L),
                    cities[r.nextInt(cities.length)]));
        }
        return all;
    }

    private static List<String> ids(List<Gamer> list) {
        return list.stream().map(g -> g.id).toList();
    }

    @Test
    void aTopTenWhoseLastPlaceIsSharedWeighsEveryEntityInTheTie() {
        List<Gamer> leaders = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            leaders.add(new Gamer("lead" + i, "Leader", 2000 + i, 1, null, Gamer.Tier.GOLD, true, null, null));
        }
        // 30 share tenth place; the index lists them by id, last first, so the best by id comes last.
        for (int i = 0; i < 30; i++) {
            leaders.add(new Gamer(String.format("tie%02d", i), "Tied", 1500, 1, null, Gamer.Tier.GOLD, true, null, null));
        }
        gamers.saveAll(leaders);

        List<String> expected = new ArrayList<>();
        for (int i = 8; i >= 0; i--) {
            expected.add("lead" + i);
        }
        expected.add("tie00");
        assertEquals(expected, ids(gamers.findFirst10ByOrderByScoreDescIdAsc()));
    }

    @Test
    void indexedQueriesGiveExactlyWhatScansGive() {
        try (Jadis scanning = engine().builder().indexes(false).build()) {
            Gamers scanned = scanning.repository(Gamers.class);
            List<Function<Gamers, Object>> queries = List.of(
                    g -> ids(g.findFirst10ByOrderByScoreDescIdAsc()),
                    g -> ids(g.findByScoreGreaterThanEqualOrderByScoreDesc(900)),
                    g -> ids(g.findByScoreBetweenOrderByIdAsc(100, 250)),
                    g -> ids(g.findByTierOrderByIdAsc(Gamer.Tier.GOLD)),
                    g -> ids(g.findByTierInOrderByIdAsc(Set.of(Gamer.Tier.GOLD, Gamer.Tier.BRONZE))),
                    g -> ids(g.findByTierGreaterThanOrderByIdAsc(Gamer.Tier.BRONZE)),
                    g -> ids(g.findByActiveTrueOrderByIdAsc()),
                    g -> ids(g.findByNameStartsWithOrderByIdAsc("gr")),
                    g -> ids(g.findByNameIgnoreCaseOrderByIdAsc("KEN")),
                    g -> ids(g.findByNameIgnoreCaseOrderByIdAsc("édith")),
                    g -> ids(g.findByNameLikeOrderByIdAsc("Gra%1")),
                    g -> ids(g.findByHomeCityOrderByIdAsc("Lima")),
                    g -> ids(g.findByWalletLessThanOrderByIdAsc(new BigDecimal("123.45"))),
                    g -> ids(g.findByJoinedGreaterThanOrderByIdAsc(EPOCH.plusSeconds(900_000))),
                    g -> ids(g.findByLevelOrderByIdAsc(7)),
                    g -> ids(g.findByScoreOrLevelOrderByIdAsc(500, 3)),
                    g -> g.countByTier(Gamer.Tier.SILVER),
                    g -> ids(g.findByOrderByLevelAsc(Limit.of(15))),
                    g -> {
                        Page<Gamer> page = g.findByOrderByScoreDescIdAsc(PageRequest.ofPage(3).size(7));
                        return List.of(ids(page.content()), page.totalElements(), page.hasNext());
                    },
                    g -> ids(g.findByActiveTrue(Limit.of(5), Order.by(Sort.asc("score"), Sort.asc("id")))),
                    g -> ids(g.goldAbove(600)));
            for (int i = 0; i < queries.size(); i++) {
                assertEquals(queries.get(i).apply(scanned), queries.get(i).apply(gamers), "query " + i);
            }
            assertFalse(ids(gamers.findFirst10ByOrderByScoreDescIdAsc()).isEmpty());
        }
    }

    @Test
    void anEqualityQueryReadsOnlyTheDocumentsItReturns() {
        long gold = gamers.countByTier(Gamer.Tier.GOLD);
        long before = documentReads();
        assertEquals(gold, gamers.findByTierOrderByIdAsc(Gamer.Tier.GOLD).size());
        assertEquals(gold, documentReads() - before, "documents read");
    }

    @Test
    void aTopTenCostsTheSameRoundTripsAtAnySize() {
        long before = scriptRuns();
        gamers.findFirst10ByOrderByScoreDescIdAsc();
        long small = scriptRuns() - before;
        gamers.saveAll(population(3000, 11).stream().peek(g -> g.id = "big" + g.id).toList());
        before = scriptRuns();
        List<Gamer> top = gamers.findFirst10ByOrderByScoreDescIdAsc();
        assertEquals(small, scriptRuns() - before);
        assertTrue(small <= 2, small + " script runs");
        assertEquals(10, top.size());
    }

    @Test
    void entitiesDeletedBehindJadisBackNeverComeBackThroughAnIndex() {
        List<Gamer> gold = gamers.findByTierOrderByIdAsc(Gamer.Tier.GOLD);
        jadis.redisson().getKeys().delete("Gamer:" + gold.get(0).id);
        List<Gamer> after = gamers.findByTierOrderByIdAsc(Gamer.Tier.GOLD);
        assertEquals(gold.size() - 1, after.size());
        assertFalse(ids(after).contains(gold.get(0).id));
    }

    @Test
    void writesOfEveryKindKeepIndexesExact() {
        Gamer g = gamers.findById("g001").orElseThrow();
        g.tier = Gamer.Tier.GOLD;
        g.score = 5000;
        gamers.save(g);
        jadis.atomic().on(Gamer.class, "g002").set("tier", Gamer.Tier.GOLD).add("score", 10_000).apply();
        jadis.transactions().run(() -> {
            Gamer t = gamers.findById("g003").orElseThrow();
            t.tier = Gamer.Tier.GOLD;
            t.score = 20_000;
            gamers.save(t);
        });
        gamers.deleteById("g004");
        assertEquals(List.of("g003", "g002", "g001"), ids(gamers.findFirst10ByOrderByScoreDescIdAsc()).subList(0, 3));
        assertTrue(ids(gamers.findByTierOrderByIdAsc(Gamer.Tier.GOLD)).containsAll(List.of("g001", "g002", "g003")));
        gamers.deleteTier(Gamer.Tier.GOLD);
        assertEquals(List.of(), gamers.findByTierOrderByIdAsc(Gamer.Tier.GOLD));
        assertEquals(0, gamers.countByTier(Gamer.Tier.GOLD));
    }

    @Test
    void aTopTenReadUnderConcurrentUpdatesIsConsistent() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger checked = new AtomicInteger();
        List<String> violations = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 56; w++) {
                long seed = w;
                writers.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    for (int i = 0; i < 60; i++) {
                        jadis.atomic().on(Gamer.class, String.format("g%03d", r.nextInt(300)))
                                .add("score", 1 + r.nextInt(200)).apply();
                    }
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int reader = 0; reader < 8; reader++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        Map<String, Long> lowerBounds = new HashMap<>();
                        gamers.findAll().forEach(g -> lowerBounds.put(g.id, g.score));
                        List<Gamer> top = gamers.findFirst10ByOrderByScoreDescIdAsc();
                        String problem = check(top, lowerBounds);
                        if (problem != null) {
                            synchronized (violations) {
                                violations.add(problem);
                            }
                        }
                        checked.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : writers) {
                f.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            for (Future<?> f : readers) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), violations);
        assertTrue(checked.get() > 0);
    }

    /**
     * Scores only grow, so an entity whose score was already above the tenth returned score before
     * the read began must be in the top ten; and the ten must be distinct and in order.
     */
    private static String check(List<Gamer> top, Map<String, Long> lowerBounds) {
        if (top.size() != 10 || new HashSet<>(ids(top)).size() != 10) {
            return "not ten distinct entities: " + ids(top);
        }
        for (int i = 1; i < top.size(); i++) {
            Gamer a = top.get(i - 1);
            Gamer b = top.get(i);
            if (a.score < b.score || a.score == b.score && a.id.compareTo(b.id) > 0) {
                return "out of order: " + a.id + "=" + a.score + " before " + b.id + "=" + b.score;
            }
        }
        long tenth = top.get(9).score;
        Set<String> returned = new HashSet<>(ids(top));
        for (Map.Entry<String, Long> e : lowerBounds.entrySet()) {
            if (!returned.contains(e.getKey()) && e.getValue() > tenth) {
                return e.getKey() + " had " + e.getValue() + " before the read but the tenth score was " + tenth;
            }
        }
        return null;
    }

    @Test
    void unusedIndexesAreDroppedAndAGoneIndexIsRebuilt() throws InterruptedException {
        try (Jadis other = engine().builder().build()) {
            other.repository(OnlyById.class).findById("g001");
            other.dropUnusedIndexes();
        }
        assertEquals(0, jadis.redisson().getKeys().countExists("Gamer:#idx:score"));
        assertEquals(ids(gamers.findFirst10ByOrderByScoreDescIdAsc()), ids(bruteForceTop10()));
        assertTrue(jadis.awaitIndexes(Duration.ofSeconds(60)));
        assertEquals(1, jadis.redisson().getKeys().countExists("Gamer:#idx:score"));
        assertEquals(ids(gamers.findFirst10ByOrderByScoreDescIdAsc()), ids(bruteForceTop10()));
    }

    private List<Gamer> bruteForceTop10() {
        return gamers.findAll().sorted((a, b) -> a.score != b.score ? Long.compare(b.score, a.score)
                : a.id.compareTo(b.id)).limit(10).toList();
    }

    @jakarta.data.repository.Repository
    interface OnlyById extends jakarta.data.repository.DataRepository<Gamer, String> {
        @jakarta.data.repository.Find
        java.util.Optional<Gamer> findById(@jakarta.data.repository.By(jakarta.data.repository.By.ID) String id);
    }

    protected abstract long documentReads();
}
