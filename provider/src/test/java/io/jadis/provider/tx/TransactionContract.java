package io.jadis.provider.tx;

import io.jadis.api.Transaction;
import io.jadis.api.Transactions;
import io.jadis.provider.Jadis;
import io.jadis.provider.atomic.Player;
import io.jadis.provider.atomic.Players;
import io.jadis.provider.contract.Account;
import io.jadis.provider.contract.Accounts;
import io.jadis.provider.contract.Note;
import io.jadis.provider.contract.Notes;
import io.jadis.provider.testing.JadisTest;
import jakarta.data.exceptions.EntityExistsException;
import jakarta.data.exceptions.OptimisticLockingFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Transactions without CDI, on every engine. */
abstract class TransactionContract extends JadisTest {
    Accounts accounts;
    Transactions tx;

    @BeforeEach
    void setUp() {
        accounts = jadis.repository(Accounts.class);
        tx = jadis.transactions();
    }

    @Test
    void transfersBetweenRandomAccountsNeitherCreateNorDestroyMoneyAndNeedNoRetry() throws Exception {
        accounts.insertAll(LongStream.rangeClosed(1, 100).mapToObj(n -> new Account(n, "owner" + n, 1000)).toList());
        AtomicBoolean negativeSeen = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                long seed = i;
                futures.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    long from = 1 + random.nextInt(100);
                    long to = 1 + (from + random.nextInt(99)) % 100;
                    transfer(from, to, 1 + random.nextInt(50), negativeSeen);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Account> all = accounts.findAll().toList();
        assertEquals(100, all.size());
        assertEquals(100_000, all.stream().mapToLong(a -> a.balance).sum());
        assertTrue(all.stream().allMatch(a -> a.balance >= 0));
        assertFalse(negativeSeen.get());
    }

    private void transfer(long from, long to, int amount, AtomicBoolean negativeSeen) {
        tx.run(() -> {
            Account a = accounts.findById(from).orElseThrow();
            Account b = accounts.findById(to).orElseThrow();
            if (a.balance < 0 || b.balance < 0) {
                negativeSeen.set(true);
            }
            if (a.balance < amount) {
                return;
            }
            a.balance -= amount;
            b.balance += amount;
            accounts.updateAll(List.of(a, b));
        });
    }

    @Test
    void anExceptionAfterTwoUpdatesLeavesNoChangeVisible() {
        accounts.insertAll(List.of(new Account(1, "a", 100), new Account(2, "b", 100)));
        assertThrows(IllegalStateException.class, () -> tx.run(() -> {
            Account a = accounts.findById(1L).orElseThrow();
            Account b = accounts.findById(2L).orElseThrow();
            a.balance = 0;
            b.balance = 200;
            accounts.update(a);
            accounts.update(b);
            throw new IllegalStateException("changed my mind");
        }));
        assertEquals(100, accounts.findById(1L).orElseThrow().balance);
        assertEquals(100, accounts.findById(2L).orElseThrow().balance);
        assertEquals(1, accounts.findById(1L).orElseThrow().version);
    }

    @Test
    void aTransactionReadsItsOwnWritesAndOthersSeeThemOnlyAfterCommit() throws Exception {
        try (Transaction t = tx.begin()) {
            Account inserted = accounts.insert(new Account(5, "new", 50));
            assertEquals(1, inserted.version);
            assertEquals(50, accounts.findById(5L).orElseThrow().balance);
            inserted.balance = 60;
            Account updated = accounts.update(inserted);
            assertEquals(2, updated.version);
            assertFalse(otherThreadSees(5L));
            t.commit();
        }
        Account stored = accounts.findById(5L).orElseThrow();
        assertEquals(60, stored.balance);
        assertEquals(1, stored.version);
        assertTrue(otherThreadSees(5L));
    }

    @Test
    void aJadisWriteFromOutsideWaitsForTheTransactionAndFollowsIt() throws Exception {
        accounts.insertAll(List.of(new Account(1, "a", 100), new Account(2, "b", 100)));
        Thread outside;
        try (Transaction t = tx.begin()) {
            Account a = accounts.findById(1L).orElseThrow();
            Account b = accounts.findById(2L).orElseThrow();
            outside = new Thread(() -> jadis.atomic().on(Account.class, 2L).multiply("balance", 2).apply());
            outside.start();
            outside.join(300);
            assertTrue(outside.isAlive(), "the outside write did not wait for the transaction's lock");
            a.balance -= 10;
            b.balance += 10;
            accounts.updateAll(List.of(a, b));
            t.commit();
        }
        outside.join();
        assertEquals(90, accounts.findById(1L).orElseThrow().balance);
        assertEquals(220, accounts.findById(2L).orElseThrow().balance);
    }

    @Test
    void aChangeBehindALostLockMakesAManualCommitFailAndWritesNothing() {
        accounts.insertAll(List.of(new Account(1, "a", 100), new Account(2, "b", 100)));
        Transaction t = tx.begin();
        Account a = accounts.findById(1L).orElseThrow();
        accounts.findById(2L).orElseThrow();
        a.balance = 1;
        accounts.update(a);
        changeBehindTheLock(2L);
        OptimisticLockingFailureException e = assertThrows(OptimisticLockingFailureException.class, t::commit);
        assertTrue(e.getMessage().contains("Account with id 2"), e.getMessage());
        assertEquals(OptimisticLockingFailureException.class, e.getClass());
        assertEquals(100, accounts.findById(1L).orElseThrow().balance);
        assertEquals(105, accounts.findById(2L).orElseThrow().balance);
    }

    @Test
    void aConflictRunsTheTransactionAgainAndTheSecondAttemptCommits() {
        accounts.insertAll(List.of(new Account(1, "a", 100), new Account(2, "b", 100)));
        AtomicInteger attempts = new AtomicInteger();
        tx.run(() -> {
            Account a = accounts.findById(1L).orElseThrow();
            Account b = accounts.findById(2L).orElseThrow();
            if (attempts.incrementAndGet() == 1) {
                changeBehindTheLock(2L);
            }
            a.balance -= 10;
            b.balance += 10;
            accounts.updateAll(List.of(a, b));
        });
        assertEquals(2, attempts.get());
        assertEquals(90, accounts.findById(1L).orElseThrow().balance);
        assertEquals(115, accounts.findById(2L).orElseThrow().balance);
    }

    @Test
    void whenEveryAttemptConflictsTheLastConflictReachesTheCallerNamingTheEntity() {
        accounts.insert(new Account(1, "a", 100));
        AtomicInteger attempts = new AtomicInteger();
        try (Jadis stubborn = engine().builder().transactionAttempts(3).build()) {
            Accounts theirs = stubborn.repository(Accounts.class);
            OptimisticLockingFailureException e = assertThrows(OptimisticLockingFailureException.class,
                    () -> stubborn.transactions().run(() -> {
                        attempts.incrementAndGet();
                        Account a = theirs.findById(1L).orElseThrow();
                        changeBehindTheLock(1L);
                        a.balance = 0;
                        theirs.update(a);
                    }));
            assertTrue(e.getMessage().contains("Account with id 1") && e.getMessage().contains("3 times"),
                    e.getMessage());
            assertEquals(OptimisticLockingFailureException.class, e.getClass());
        }
        assertEquals(3, attempts.get());
        assertEquals(115, accounts.findById(1L).orElseThrow().balance);
    }

    @Test
    void aTransactionThatReadTwoEntitiesCommitsAtOnceWhileSixtyFourThreadsUpdateThem() throws Exception {
        accounts.insertAll(List.of(new Account(1, "a", 1000), new Account(2, "b", 1000)));
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch updating = new CountDownLatch(64);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<?>> updaters = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                long id = 1 + t % 2;
                updaters.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        jadis.atomic().on(Account.class, id).add("balance", 1).apply();
                        if (i == 0) {
                            updating.countDown();
                        }
                    }
                    return null;
                }));
            }
            updating.await();
            tx.run(() -> {
                attempts.incrementAndGet();
                Account a = accounts.findById(1L).orElseThrow();
                Account b = accounts.findById(2L).orElseThrow();
                a.balance -= 500;
                b.balance += 500;
                accounts.updateAll(List.of(a, b));
            });
            for (Future<?> f : updaters) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, attempts.get(), "the transaction ran more than once");
        assertEquals(1000 + 32 * 50 - 500, accounts.findById(1L).orElseThrow().balance);
        assertEquals(1000 + 32 * 50 + 500, accounts.findById(2L).orElseThrow().balance);
    }

    @Test
    void oppositeTransfersBothMakeProgressAndNoConflictReachesTheCaller() throws Exception {
        accounts.insertAll(List.of(new Account(1, "a", 1_000_000), new Account(2, "b", 1_000_000)));
        AtomicLong forth = new AtomicLong();
        AtomicLong back = new AtomicLong();
        AtomicInteger attempts = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                boolean forward = t % 2 == 0;
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long from = forward ? 1 : 2;
                        tx.run(() -> {
                            attempts.incrementAndGet();
                            Account a = accounts.findById(from).orElseThrow();
                            Account b = accounts.findById(3 - from).orElseThrow();
                            a.balance -= 1;
                            b.balance += 1;
                            accounts.updateAll(List.of(a, b));
                        });
                        (forward ? forth : back).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long fewer = Math.min(forth.get(), back.get());
        long more = Math.max(forth.get(), back.get());
        assertTrue(fewer >= 0.4 * more, "one direction starved: " + forth + " forth, " + back + " back");
        Account a = accounts.findById(1L).orElseThrow();
        Account b = accounts.findById(2L).orElseThrow();
        assertEquals(2_000_000, a.balance + b.balance);
        assertEquals(1_000_000 - forth.get() + back.get(), a.balance);
        System.out.println("Opposite transfers: " + forth + " forth, " + back + " back, "
                + (attempts.get() - forth.get() - back.get()) + " attempts ran again");
    }

    @Test
    void aBlindWriteCommitWaitsForAnotherOwnersLock() throws Exception {
        accounts.insert(new Account(1, "a", 100));
        Thread writer;
        try (var lock = jadis.locks().lock(Account.class, 1L)) {
            writer = new Thread(() -> tx.run(() -> jadis.atomic().on(Account.class, 1L).add("balance", 1).apply()));
            writer.start();
            writer.join(300);
            assertTrue(writer.isAlive(), "the commit did not wait for the lock");
            assertEquals(100, accounts.findById(1L).orElseThrow().balance);
        }
        writer.join();
        assertEquals(101, accounts.findById(1L).orElseThrow().balance);
    }

    @Test
    void insertingAnExistingIdFailsAtCommitWithNothingWritten() {
        accounts.insert(new Account(1, "a", 100));
        Transaction t = tx.begin();
        accounts.insert(new Account(2, "b", 1));
        accounts.insert(new Account(1, "dup", 1));
        assertThrows(EntityExistsException.class, t::commit);
        assertFalse(accounts.findById(2L).isPresent());
    }

    @Test
    void blindWritesAreOneRoundTripWithoutLocks() {
        long before = scriptRuns();
        tx.run(() -> {
            accounts.insert(new Account(1, "a", 1));
            accounts.save(new Account(2, "b", 2));
            jadis.atomic().on(Account.class, 1L).add("balance", 10).apply();
        });
        assertEquals(2, scriptRuns() - before,
                "one preview for the atomic update's return value, one commit");
        assertEquals(11, accounts.findById(1L).orElseThrow().balance);
        assertTrue(jadis.redisson().getKeys().getKeysStream().noneMatch(k -> k.contains("#lock")));
    }

    @Test
    void atomicUpdatesInsideATransactionAreBufferedAndSeenByItsReads() {
        Players players = jadis.repository(Players.class);
        players.insert(new Player("ada", "Ada"));
        try (Transaction t = tx.begin()) {
            Player p = jadis.atomic().on(Player.class, "ada").add("score", 10).append("log", "x").apply();
            assertEquals(10, p.score);
            assertEquals(10, players.findById("ada").orElseThrow().score);
            jadis.atomic().on(Player.class, "ada").add("score", 5).apply();
            assertEquals(0, outsideScore(players));
            t.rollback();
        }
        assertEquals(0, players.findById("ada").orElseThrow().score);
        tx.run(() -> jadis.atomic().on(Player.class, "ada").add("score", 7).apply());
        Player p = players.findById("ada").orElseThrow();
        assertEquals(7, p.score);
        assertEquals(2, p.version);
    }

    @Test
    void anAtomicUpdateAfterAWriteInTheSameTransactionSeesThatWrite() {
        Notes notes = jadis.repository(Notes.class);
        notes.insert(new Note("old", "a"));
        tx.run(() -> {
            notes.saveAll(List.of(new Note("old", "b")));
            notes.insert(new Note("new", "x"));
            assertEquals("b!", jadis.atomic().on(Note.class, "old").appendText("text", "!").apply().text);
            assertEquals("x?", jadis.atomic().on(Note.class, "new").appendText("text", "?").apply().text);
            assertEquals("b!", notes.byId("old").orElseThrow().text);
        });
        assertEquals("b!", notes.byId("old").orElseThrow().text);
        assertEquals("x?", notes.byId("new").orElseThrow().text);
    }

    @Test
    void aClientClosedBeforeCommitWritesNothingAndItsLocksExpire() {
        accounts.insert(new Account(1, "a", 100));
        Jadis doomed = engine().builder().lockLease(Duration.ofMillis(500)).build();
        Accounts theirs = doomed.repository(Accounts.class);
        Transaction t = doomed.transactions().begin();
        Account a = theirs.findById(1L).orElseThrow();
        a.balance = 0;
        theirs.update(a);
        doomed.close();
        assertEquals(100, accounts.findById(1L).orElseThrow().balance);
        try (var lock = jadis.locks().lock(Duration.ofSeconds(20), Account.class, 1L)) {
            assertTrue(lock != null);
        }
        assertFalse(t.isRollbackOnly());
    }

    /** Changes an account the way a writer that ignores locks would: its lock is gone (the lease ran out). */
    private void changeBehindTheLock(long number) {
        jadis.redisson().getKeys().delete("Account:#lock:" + number);
        runElsewhere(() -> jadis.atomic().on(Account.class, number).add("balance", 5).apply());
    }

    private long outsideScore(Players players) throws RuntimeException {
        long[] score = new long[1];
        runElsewhere(() -> score[0] = players.findById("ada").orElseThrow().score);
        return score[0];
    }

    private boolean otherThreadSees(long id) {
        boolean[] seen = new boolean[1];
        runElsewhere(() -> seen[0] = accounts.findById(id).isPresent());
        return seen[0];
    }

    private static void runElsewhere(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
