package io.jadis.provider.lock;

import io.jadis.api.EntityLock;
import io.jadis.api.LockTimeoutException;
import io.jadis.provider.Jadis;
import io.jadis.provider.contract.Account;
import io.jadis.provider.testing.JadisTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lock holds against every writer: while one owner holds an entity's lock, every write of that
 * entity by anyone else waits until it is released, and is then applied. Reads never wait.
 */
abstract class WritersWaitContract extends JadisTest {
    private Ledger ledger;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        ledger = jadis.repository(Ledger.class);
        ledger.insertAll(List.of(new Account(1, "ada", 100), new Account(2, "bob", 100)));
        pool = Executors.newCachedThreadPool();
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    /** One kind of write of account 1 (and perhaps others), and what the accounts are after it. */
    enum Write {
        SAVE(t -> t.ledger.save(t.with(1, 7)), Map.of(1L, 7L, 2L, 100L)),
        UPDATE(t -> t.ledger.update(t.with(1, 7)), Map.of(1L, 7L, 2L, 100L)),
        INSERT(t -> t.ledger.insert(new Account(3, "cy", 5)), Map.of(1L, 100L, 2L, 100L, 3L, 5L)),
        DELETE(t -> t.ledger.delete(t.ledger.findById(1L).orElseThrow()), Map.of(2L, 100L)),
        DELETE_BY_ID(t -> t.ledger.deleteById(1L), Map.of(2L, 100L)),
        SAVE_ALL(t -> t.ledger.saveAll(List.of(t.with(2, 8), t.with(1, 7))), Map.of(1L, 7L, 2L, 8L)),
        ATOMIC_UPDATE(t -> t.jadis.atomic().on(Account.class, 1L).add("balance", 5).apply(),
                Map.of(1L, 105L, 2L, 100L)),
        ATOMIC_BATCH(t -> t.jadis.atomic().batch().with(t.jadis.atomic().on(Account.class, 2L).add("balance", 5))
                .with(t.jadis.atomic().on(Account.class, 1L).add("balance", 5)).apply(), Map.of(1L, 105L, 2L, 105L)),
        JDQL_UPDATE_BY_ID(t -> t.ledger.deposit(1, 5), Map.of(1L, 105L, 2L, 100L)),
        JDQL_UPDATE_OF_EVERY_ENTITY(t -> t.ledger.depositEverywhere(), Map.of(1L, 101L, 2L, 101L)),
        JDQL_DELETE(t -> t.ledger.closeBelow(1000), Map.of()),
        JDQL_DELETE_OF_EVERY_ENTITY(t -> t.ledger.closeAll(), Map.of()),
        DERIVED_DELETE(t -> t.ledger.deleteByOwner("ada"), Map.of(2L, 100L)),
        TRANSACTION_WITH_A_BLIND_WRITE(t -> t.jadis.transactions().run(() -> t.ledger.save(t.with(1, 7))),
                Map.of(1L, 7L, 2L, 100L)),
        TRANSACTION_THAT_READS(t -> t.jadis.transactions().run(() -> {
            Account a = t.ledger.findById(1L).orElseThrow();
            a.balance += 5;
            t.ledger.update(a);
        }), Map.of(1L, 105L, 2L, 100L));

        final Consumer<WritersWaitContract> write;
        final Map<Long, Long> after;

        Write(Consumer<WritersWaitContract> write, Map<Long, Long> after) {
            this.write = write;
            this.after = after;
        }
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void aWriteOfALockedEntityWaitsForTheUnlockAndIsThenApplied(Write write) throws Exception {
        Map<Long, Long> before = balances();
        Future<?> writer;
        try (EntityLock lock = jadis.locks().lock(Account.class, 1L, 3L)) {
            writer = startAndLetRun(() -> write.write.accept(this));
            assertFalse(writer.isDone(), "the write returned while the entity was locked");
            assertEquals(before, balances(), "the write was applied while the entity was locked");
        }
        writer.get(30, TimeUnit.SECONDS);
        assertEquals(new TreeMap<>(write.after), balances());
    }

    @Test
    void atomicUpdatesOnALockedEntityAllWaitAndAreAllAppliedAfterTheUnlock() throws Exception {
        List<Future<?>> writers = new ArrayList<>();
        try (EntityLock lock = jadis.locks().lock(Account.class, 1L)) {
            CountDownLatch started = new CountDownLatch(64);
            for (int t = 0; t < 64; t++) {
                writers.add(pool.submit(() -> {
                    started.countDown();
                    for (int i = 0; i < 10; i++) {
                        jadis.atomic().on(Account.class, 1L).add("balance", 1).apply();
                    }
                    return null;
                }));
            }
            started.await();
            Thread.sleep(300);
            assertEquals(100, ledger.findById(1L).orElseThrow().balance, "updates went through the lock");
            assertTrue(writers.stream().noneMatch(Future::isDone));
        }
        for (Future<?> w : writers) {
            w.get(60, TimeUnit.SECONDS);
        }
        Account a = ledger.findById(1L).orElseThrow();
        assertEquals(100 + 640, a.balance);
        assertEquals(1 + 640, a.version);
    }

    @Test
    void theLockHoldersOwnWritesGoThroughAndOthersFollow() throws Exception {
        Future<?> other;
        try (EntityLock lock = jadis.locks().lock(Account.class, 1L)) {
            other = startAndLetRun(() -> jadis.atomic().on(Account.class, 1L).multiply("balance", 2).apply());
            Account a = ledger.findById(1L).orElseThrow();
            a.balance += 1;
            ledger.update(a);
            jadis.atomic().on(Account.class, 1L).add("balance", 1).apply();
            assertEquals(102, ledger.findById(1L).orElseThrow().balance);
        }
        other.get(30, TimeUnit.SECONDS);
        assertEquals(204, ledger.findById(1L).orElseThrow().balance);
    }

    @Test
    void readsNeverWaitForALock() throws Exception {
        try (EntityLock lock = jadis.locks().lock(Account.class, 1L, 2L)) {
            Future<List<Long>> reader = pool.submit(() -> List.of(ledger.findById(1L).orElseThrow().balance,
                    ledger.findAll().count(), ledger.findById(2L).map(a -> a.balance).orElseThrow()));
            assertEquals(List.of(100L, 2L, 100L), reader.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aWriteThatWaitsLongerThanTheLockWaitFailsNamingTheEntityAndWritesNothing() throws Exception {
        try (Jadis impatient = engine().builder().properties(Map.of("jadis.lock-wait", "300ms")).build()) {
            Ledger theirs = impatient.repository(Ledger.class);
            try (EntityLock lock = jadis.locks().lock(Account.class, 2L)) {
                long start = System.nanoTime();
                LockTimeoutException e = assertThrows(LockTimeoutException.class,
                        () -> theirs.saveAll(List.of(with(1, 7), with(2, 8))));
                long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(e.getMessage().contains("Account with id 2") && e.getMessage().contains("300 ms"),
                        e.getMessage());
                assertTrue(waited >= 300, "gave up after " + waited + " ms");
                assertThrows(LockTimeoutException.class,
                        () -> impatient.atomic().on(Account.class, 2L).add("balance", 1).apply());
            }
        }
        assertEquals(Map.of(1L, 100L, 2L, 100L), balances());
    }

    @Test
    void aLockLeftByADeadProcessHoldsWritesOnlyUntilItsLeaseRunsOut() {
        Jadis dead = engine().builder().lockLease(Duration.ofMillis(500)).build();
        dead.locks().lock(Account.class, 1L);
        dead.close();
        jadis.atomic().on(Account.class, 1L).add("balance", 1).apply();
        assertEquals(101, ledger.findById(1L).orElseThrow().balance);
    }

    /** Starts work in another thread and gives it ample time to finish if nothing held it back. */
    private Future<?> startAndLetRun(Runnable work) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Future<?> f = pool.submit(() -> {
            started.countDown();
            work.run();
        });
        started.await();
        Thread.sleep(300);
        return f;
    }

    private Account with(long number, long balance) {
        Account a = ledger.findById(number).orElseThrow();
        a.balance = balance;
        return a;
    }

    private Map<Long, Long> balances() {
        Map<Long, Long> out = new TreeMap<>();
        ledger.findAll().forEach(a -> out.put(a.number, a.balance));
        return out;
    }
}
