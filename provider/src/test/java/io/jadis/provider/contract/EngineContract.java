package io.jadis.provider.contract;

import io.jadis.api.JadisException;
import io.jadis.provider.testing.JadisTest;
import io.jadis.provider.testing.TestRedis;
import jakarta.data.exceptions.EntityExistsException;
import jakarta.data.exceptions.MappingException;
import jakarta.data.exceptions.OptimisticLockingFailureException;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.Order;
import jakarta.data.Sort;
import org.junit.jupiter.api.Test;
import org.redisson.client.codec.StringCodec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The behaviour every document engine must have, run once per engine by its subclasses.
 */
abstract class EngineContract extends JadisTest {

    static Specimen specimen(String id) {
        Specimen s = new Specimen();
        s.id = id;
        s.maxLong = Long.MAX_VALUE;
        s.minLong = Long.MIN_VALUE;
        s.beyondDouble = 9007199254740993L;
        s.tenth = 0.1;
        s.tiny = 1e-300;
        s.huge = 1.7976931348623157E308;
        s.single = 3.4028235E38f;
        s.decimal = new BigDecimal("12345678901234567890.123456789");
        s.bigInteger = new BigInteger("-123456789012345678901234567890");
        s.emptyList = new ArrayList<>();
        s.emptyMap = new LinkedHashMap<>();
        s.shape = new Specimen.Shape("tri", new Specimen.Point(0.5, -2),
                List.of(new Specimen.Point(1, 2), new Specimen.Point(3, 4)));
        s.color = Specimen.Color.GREEN;
        s.colors = Set.of(Specimen.Color.RED, Specimen.Color.BLUE);
        s.instant = Instant.parse("2024-02-29T12:34:56.123456789Z");
        s.zoned = ZonedDateTime.of(2026, 6, 1, 12, 0, 0, 123456789, ZoneId.of("Europe/Paris"));
        s.offset = OffsetDateTime.of(2026, 12, 8, 1, 2, 3, 4, ZoneOffset.ofHoursMinutes(-3, -30));
        s.date = LocalDate.of(1999, 12, 31);
        s.uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        s.absent = Optional.empty();
        s.present = Optional.of("here");
        s.bytes = new byte[] {0, 1, -1, 127, -128};
        s.oddKeys = new LinkedHashMap<>();
        for (String key : List.of("a.b", "$x", "it's", "[0]", "日本", "q\"uote", "back\\slash", "")) {
            s.oddKeys.put(key, "v" + key);
        }
        s.letter = 'ß';
        s.nothing = null;
        s.text = "tab\t newline\n emoji 😀 nul\u0000";
        s.numbers = new int[] {3, 1, 2};
        s.matrix = List.of(List.of(), List.of(1), List.of(2, 3));
        return s;
    }

    @Test
    void everyValueComesBackExactly() {
        Specimens specimens = jadis.repository(Specimens.class);
        Specimen written = specimen("exact");
        specimens.save(written);
        Specimen read = specimens.findById("exact").orElseThrow();
        assertAll(
                () -> assertEquals(Long.MAX_VALUE, read.maxLong),
                () -> assertEquals(Long.MIN_VALUE, read.minLong),
                () -> assertEquals(9007199254740993L, read.beyondDouble),
                () -> assertEquals(0.1, read.tenth),
                () -> assertEquals(1e-300, read.tiny),
                () -> assertEquals(1.7976931348623157E308, read.huge),
                () -> assertEquals(3.4028235E38f, read.single),
                () -> assertEquals(new BigDecimal("12345678901234567890.123456789"), read.decimal),
                () -> assertEquals(written.bigInteger, read.bigInteger),
                () -> assertEquals(List.of(), read.emptyList),
                () -> assertEquals(Map.of(), read.emptyMap),
                () -> assertEquals(written.shape, read.shape),
                () -> assertEquals(Specimen.Color.GREEN, read.color),
                () -> assertEquals(written.colors, read.colors),
                () -> assertEquals(written.instant, read.instant),
                () -> assertEquals(written.zoned, read.zoned),
                () -> assertEquals(written.offset, read.offset),
                () -> assertEquals(written.date, read.date),
                () -> assertEquals(written.uuid, read.uuid),
                () -> assertEquals(Optional.empty(), read.absent),
                () -> assertEquals(Optional.of("here"), read.present),
                () -> assertArrayEquals(written.bytes, read.bytes),
                () -> assertEquals(written.oddKeys, read.oddKeys),
                () -> assertEquals('ß', read.letter),
                () -> assertNull(read.nothing),
                () -> assertEquals(written.text, read.text),
                () -> assertArrayEquals(written.numbers, read.numbers),
                () -> assertEquals(written.matrix, read.matrix));
    }

    @Test
    void whatJadisWritesItReadsBackHoweverLongItsNamesAndTexts() {
        Specimens specimens = jadis.repository(Specimens.class);
        Specimen s = specimen("long");
        String longKey = "k".repeat(60_000);
        s.oddKeys = Map.of(longKey, "value of a long key");
        s.text = "t".repeat(20_000_001);
        specimens.save(s);
        Specimen read = specimens.findById("long").orElseThrow();
        assertEquals(Map.of(longKey, "value of a long key"), read.oddKeys);
        assertEquals(20_000_001, read.text.length());
    }

    @Test
    void findByIdAndDeleteByIdRefuseANullIdAsBasicRepositorySays() {
        Accounts accounts = jadis.repository(Accounts.class);
        NullPointerException find = assertThrows(NullPointerException.class, () -> accounts.findById(null));
        assertTrue(find.getMessage().contains("findById") && find.getMessage().contains("null"), find.getMessage());
        assertThrows(NullPointerException.class, () -> accounts.deleteById(null));
    }

    @Test
    void emptyListAndEmptyMapStayDistinctFromNull() {
        Specimens specimens = jadis.repository(Specimens.class);
        Specimen s = specimen("nulls");
        s.emptyMap = null;
        s.matrix = null;
        specimens.save(s);
        Specimen read = specimens.findById("nulls").orElseThrow();
        assertNull(read.emptyMap);
        assertNull(read.matrix);
        assertEquals(List.of(), read.emptyList);
    }

    @Test
    void aRewriteWithFewerElementsAndKeysKeepsNothingOfTheOldDocument() {
        Specimens specimens = jadis.repository(Specimens.class);
        Specimen big = specimen("shrink");
        big.emptyList = new ArrayList<>(List.of("a", "b", "c", "d"));
        specimens.save(big);
        Specimen small = specimen("shrink");
        small.emptyList = new ArrayList<>(List.of("x"));
        small.oddKeys = new LinkedHashMap<>(Map.of("a.b", "kept"));
        small.emptyMap = null;
        specimens.save(small);

        Specimen read = specimens.findById("shrink").orElseThrow();
        assertEquals(List.of("x"), read.emptyList);
        assertEquals(Map.of("a.b", "kept"), read.oddKeys);
        assertNull(read.emptyMap);
        Specimen fresh = specimen("fresh");
        fresh.emptyList = small.emptyList;
        fresh.oddKeys = small.oddKeys;
        fresh.emptyMap = null;
        specimens.save(fresh);
        assertEquals(storedSize("Specimen:fresh"), storedSize("Specimen:shrink"), "what the server holds");
    }

    /** How much the server holds for the document at key, in the engine's own measure. */
    protected abstract long storedSize(String key);

    @Test
    void insertAssignsTheFirstVersionAndUpdateIncrementsIt() {
        Accounts accounts = jadis.repository(Accounts.class);
        Account inserted = accounts.insert(new Account(1, "ada", 100));
        assertEquals(1, inserted.version);
        inserted.balance = 150;
        Account updated = accounts.update(inserted);
        assertEquals(2, updated.version);
        Account read = accounts.findById(1L).orElseThrow();
        assertEquals(150, read.balance);
        assertEquals(2, read.version);
    }

    @Test
    void insertOfAnExistingIdFailsAndLeavesTheStoredEntity() {
        Accounts accounts = jadis.repository(Accounts.class);
        accounts.insert(new Account(7, "ada", 100));
        EntityExistsException e = assertThrows(EntityExistsException.class,
                () -> accounts.insert(new Account(7, "bob", 5)));
        assertTrue(e.getMessage().contains("Account") && e.getMessage().contains("7"), e.getMessage());
        assertEquals("ada", accounts.findById(7L).orElseThrow().owner);
    }

    @Test
    void insertAllWithOneExistingIdWritesNothing() {
        Accounts accounts = jadis.repository(Accounts.class);
        accounts.insert(new Account(2, "existing", 1));
        List<Account> batch = List.of(new Account(1, "a", 1), new Account(2, "b", 1), new Account(3, "c", 1));
        assertThrows(EntityExistsException.class, () -> accounts.insertAll(batch));
        assertEquals(1, accounts.findAll().count());
        assertFalse(accounts.findById(1L).isPresent());
    }

    @Test
    void updateWithAStaleVersionFails() {
        Accounts accounts = jadis.repository(Accounts.class);
        Account first = accounts.insert(new Account(1, "ada", 100));
        Account copy = accounts.findById(1L).orElseThrow();
        first.balance = 1;
        accounts.update(first);
        copy.balance = 2;
        OptimisticLockingFailureException e = assertThrows(OptimisticLockingFailureException.class,
                () -> accounts.update(copy));
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
        assertEquals(1, accounts.findById(1L).orElseThrow().balance);
    }

    @Test
    void updateOfAMissingEntityFailsAndWritesNothing() {
        Accounts accounts = jadis.repository(Accounts.class);
        assertThrows(OptimisticLockingFailureException.class, () -> accounts.update(new Account(9, "x", 1)));
        assertEquals(0, jadis.redisson().getKeys().count());
    }

    @Test
    void updateAllWithOneStaleVersionChangesNothing() {
        Accounts accounts = jadis.repository(Accounts.class);
        List<Account> saved = accounts.insertAll(List.of(new Account(1, "a", 1), new Account(2, "b", 1)));
        Account stale = accounts.findById(2L).orElseThrow();
        stale.balance = 99;
        accounts.update(stale);
        saved.get(0).balance = 10;
        saved.get(1).balance = 20;
        assertThrows(OptimisticLockingFailureException.class, () -> accounts.updateAll(saved));
        assertEquals(1, accounts.findById(1L).orElseThrow().balance);
        assertEquals(99, accounts.findById(2L).orElseThrow().balance);
    }

    @Test
    void saveInsertsThenUpdatesWithVersionCheck() {
        Accounts accounts = jadis.repository(Accounts.class);
        Account saved = accounts.save(new Account(5, "ada", 1));
        assertEquals(1, saved.version);
        saved.balance = 2;
        assertEquals(2, accounts.save(saved).version);
        Account stale = new Account(5, "ada", 3);
        stale.version = 1;
        assertThrows(OptimisticLockingFailureException.class, () -> accounts.save(stale));
    }

    @Test
    void deleteChecksTheVersionAndDeleteByIdIgnoresMissingIds() {
        Accounts accounts = jadis.repository(Accounts.class);
        Account a = accounts.insert(new Account(1, "a", 1));
        Account stale = new Account(1, "a", 1);
        assertThrows(OptimisticLockingFailureException.class, () -> accounts.delete(stale));
        accounts.delete(a);
        assertFalse(accounts.findById(1L).isPresent());
        accounts.deleteById(12345L);
        assertThrows(OptimisticLockingFailureException.class, () -> accounts.delete(a));
    }

    @Test
    void lifecycleMethodsTakeSingleEntitiesArraysAndLists() {
        Notes notes = jadis.repository(Notes.class);
        assertEquals("one", notes.insert(new Note("1", "one")).text);
        Note[] inserted = notes.insertAll(new Note("2", "two"), new Note("3", "three"));
        assertEquals(2, inserted.length);
        notes.insertList(List.of(new Note("4", "four")));
        List<Note> saved = notes.saveAll(List.of(new Note("4", "FOUR"), new Note("5", "five")));
        assertEquals(2, saved.size());
        assertEquals("FOUR", notes.byId("4").orElseThrow().text);
        notes.delete(new Note("1", "ignored"));
        assertFalse(notes.byId("1").isPresent());
        assertThrows(OptimisticLockingFailureException.class, () -> notes.update(new Note("1", "gone")));
    }

    @Test
    void nullEntitiesAndNullIdsAreRejectedBeforeAnythingIsWritten() {
        Notes notes = jadis.repository(Notes.class);
        NullPointerException npe = assertThrows(NullPointerException.class, () -> notes.insert(null));
        assertTrue(npe.getMessage().contains("Notes.insert(Note)"), npe.getMessage());
        List<Note> withNull = new ArrayList<>();
        withNull.add(new Note("1", "x"));
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> notes.insertList(withNull));
        IllegalArgumentException nullId = assertThrows(IllegalArgumentException.class,
                () -> notes.insert(new Note(null, "no id")));
        assertTrue(nullId.getMessage().contains("Note") && nullId.getMessage().contains("id"), nullId.getMessage());
        assertEquals(0, jadis.redisson().getKeys().count());
    }

    @Test
    void anEntityClassWithoutIdFailsWithTheClassNamed() {
        MappingException e = assertThrows(MappingException.class, () -> jadis.repository(NoIdRepository.class));
        assertTrue(e.getMessage().contains(NoId.class.getName()), e.getMessage());
    }

    @Test
    void aKeyHoldingForeignDataIsNamedInTheError() {
        Specimens specimens = jadis.repository(Specimens.class);
        jadis.redisson().getBucket("Specimen:plain", StringCodec.INSTANCE).set("not a document");
        JadisException wrongType = assertThrows(JadisException.class, () -> specimens.findById("plain"));
        assertTrue(wrongType.getMessage().contains("Specimen:plain"), wrongType.getMessage());
        writeForeignDocument("Specimen:foreign");
        JadisException foreign = assertThrows(JadisException.class, () -> specimens.findById("foreign"));
        assertTrue(foreign.getMessage().contains("Specimen:foreign"), foreign.getMessage());
        assertThrows(JadisException.class, () -> specimens.save(specimen("foreign")));
    }

    @Test
    void aKeyHoldingForeignDataAmongSeveralReadTogetherIsNamedInTheError() {
        Specimens specimens = jadis.repository(Specimens.class);
        specimens.saveAll(List.of(specimen("a"), specimen("b"), specimen("c")));
        jadis.redisson().getBucket("Specimen:b", StringCodec.INSTANCE).set("not a document");
        JadisException wrongType = assertThrows(JadisException.class, () -> specimens.findAll().toList());
        assertTrue(wrongType.getMessage().contains("Specimen:b"), wrongType.getMessage());
        jadis.redisson().getBucket("Specimen:b").delete();
        writeForeignDocument("Specimen:b");
        JadisException foreign = assertThrows(JadisException.class, () -> specimens.findAll().toList());
        assertTrue(foreign.getMessage().contains("Specimen:b"), foreign.getMessage());
    }

    /** Writes, at key, data of the engine's own type that Jadis did not write. */
    protected abstract void writeForeignDocument(String key);

    @Test
    void concurrentInsertsOfOneIdLetExactlyOneSucceed() throws Exception {
        Accounts accounts = jadis.repository(Accounts.class);
        List<Boolean> results = race(200, i -> () -> {
            try {
                accounts.insert(new Account(42, "owner" + i, i));
                return true;
            } catch (EntityExistsException e) {
                return false;
            }
        });
        assertEquals(1, results.stream().filter(b -> b).count());
        assertEquals(199, results.stream().filter(b -> !b).count());
        assertEquals(1, accounts.findById(42L).orElseThrow().version);
    }

    @Test
    void concurrentUpdatesWithTheSameVersionLetExactlyOneSucceed() throws Exception {
        Accounts accounts = jadis.repository(Accounts.class);
        accounts.insert(new Account(1, "ada", 0));
        List<Boolean> results = race(200, i -> () -> {
            Account stale = new Account(1, "ada", i);
            stale.version = 1;
            try {
                accounts.update(stale);
                return true;
            } catch (OptimisticLockingFailureException e) {
                return false;
            }
        });
        assertEquals(1, results.stream().filter(b -> b).count());
        assertEquals(2, accounts.findById(1L).orElseThrow().version);
    }

    @Test
    void singleEntityCallsTakeOneScriptRunAndBulkCallsDoNotGrowWithSize() {
        Accounts accounts = jadis.repository(Accounts.class);
        long before = scriptRuns();
        accounts.insert(new Account(1, "a", 1));
        assertEquals(1, scriptRuns() - before);
        List<Account> many = LongStream.rangeClosed(2, 1001).mapToObj(n -> new Account(n, "x", n)).toList();
        before = scriptRuns();
        accounts.insertAll(many);
        assertEquals(1, scriptRuns() - before);
        assertEquals(1001, accounts.findAll().count());
    }

    @Test
    void functionsAreLoadedAgainAfterTheServerForgetsThem() {
        Accounts accounts = jadis.repository(Accounts.class);
        accounts.insert(new Account(1, "a", 1));
        jadis.redisson().getFunction().flush();
        accounts.insert(new Account(2, "b", 2));
        assertEquals(2, accounts.findAll().count());
    }

    @Test
    void callsMadeWhileTheServerForgetsTheFunctionsAgainAndAgainAllSucceed() throws Exception {
        Accounts accounts = jadis.repository(Accounts.class);
        accounts.insert(new Account(1, "a", 0));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong added = new AtomicLong();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Account own = new Account(100 + t, "writer", 0);
                writers.add(pool.submit(() -> {
                    Account mine = own;
                    for (int i = 0; !stop.get(); i++) {
                        try {
                            if (i % 2 == 0) {
                                jadis.atomic().on(Account.class, 1L).add("balance", 1).apply();
                                added.incrementAndGet();
                            } else {
                                mine.balance = i;
                                mine = accounts.save(mine);
                            }
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                }));
            }
            for (int flush = 0; flush < 20; flush++) {
                Thread.sleep(100);
                assertEquals("+OK", TestRedis.command(engine().url(), "FUNCTION FLUSH"));
            }
            stop.set(true);
            for (Future<?> w : writers) {
                w.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), failures.stream().limit(3).map(Throwable::toString).toList(),
                failures.size() + " calls failed");
        assertEquals(added.get(), accounts.findById(1L).orElseThrow().balance);
    }

    @Test
    void findAllStreamsEveryEntityAndPagesInOrder() {
        Accounts accounts = jadis.repository(Accounts.class);
        accounts.saveAll(LongStream.rangeClosed(1, 25).mapToObj(n -> new Account(n, "o" + (n % 3), n * 10))
                .toList());
        assertEquals(25, accounts.findAll().count());
        Page<Account> page = accounts.findAll(PageRequest.ofPage(2).size(10), Order.by(Sort.desc("balance")));
        assertEquals(List.of(150L, 140L, 130L, 120L, 110L, 100L, 90L, 80L, 70L, 60L),
                page.content().stream().map(a -> a.balance).toList());
        assertEquals(25, page.totalElements());
        assertEquals(3, page.totalPages());
    }

    @Test
    void idsWithAnyCharactersAreSafeKeys() {
        Notes notes = jadis.repository(Notes.class);
        List<String> ids = List.of("a:b", "#ids", "x y", "{tag}", "%41", "日本", "");
        for (String id : ids) {
            notes.insert(new Note(id, "text of " + id));
        }
        for (String id : ids) {
            assertEquals("text of " + id, notes.byId(id).orElseThrow().text);
        }
        Set<String> keys = jadis.redisson().getKeys().getKeysStream().collect(Collectors.toSet());
        assertTrue(keys.contains("Note:a%3Ab") && keys.contains("Note:%23ids"), keys.toString());
    }

    static <T> List<T> race(int n, java.util.function.IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<T> c = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
