package io.jadis.provider.lock;

import io.jadis.api.EntityLock;
import io.jadis.api.LockTimeoutException;
import io.jadis.provider.Jadis;
import io.jadis.provider.contract.Account;
import io.jadis.provider.contract.Accounts;
import io.jadis.provider.testing.JadisTest;
import io.jadis.provider.testing.TestRedis;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entity locks, on every engine. */
abstract class LockContract extends JadisTest {

    @Test
    void readModifyWriteUnderALockLosesNoUpdate() throws Exception {
        Accounts accounts = jadis.repository(Accounts.class);
        accounts.insert(new Account(1, "ada", 0));
        runConcurrently(200, i -> {
            try (EntityLock lock = jadis.locks().lock(Account.class, 1L)) {
                Account a = accounts.findById(1L).orElseThrow();
                a.balance++;
                accounts.update(a);
            }
        });
        assertEquals(200, accounts.findById(1L).orElseThrow().balance);
    }

    @Test
    void lockingInOppositeOrdersCannotDeadlock() throws Exception {
        Accounts accounts = jadis.repository(Accounts.class);
        accounts.insertAll(List.of(new Account(1, "a", 1000), new Account(2, "b", 1000)));
        runConcurrently(200, i -> {
            long from = i % 2 == 0 ? 1 : 2;
            long to = 3 - from;
            try (EntityLock lock = jadis.locks().lock(Account.class, from, to)) {
                Account a = accounts.findById(from).orElseThrow();
                Account b = accounts.findById(to).orElseThrow();
                a.balance -= 1;
                b.balance += 1;
                accounts.updateAll(List.of(a, b));
            }
        });
        assertEquals(2000, accounts.findAll().mapToLong(a -> a.balance).sum());
    }

    @Test
    void aLockIsReentrantInItsOwnerThread() {
        try (EntityLock outer = jadis.locks().lock(Account.class, 1L);
             EntityLock inner = jadis.locks().lockEntities(new Account(1, "a", 0))) {
            assertTrue(outer != inner);
        }
        try (EntityLock again = jadis.locks().lock(Duration.ZERO, Account.class, 1L)) {
            assertTrue(again != null);
        }
    }

    @Test
    void aBoundedWaitFailsClearlyAndLeavesNothingLocked() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try (EntityLock lock = jadis.locks().lock(Account.class, 2L)) {
                locked.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        locked.await();
        LockTimeoutException e = assertThrows(LockTimeoutException.class,
                () -> jadis.locks().lock(Duration.ofMillis(200), Account.class, 1L, 2L));
        assertTrue(e.getMessage().contains("Account with id 2") && e.getMessage().contains("200 ms"), e.getMessage());
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        try (EntityLock ok = jadis.locks().lock(Duration.ZERO, Account.class, 1L)) {
            assertTrue(ok != null);
        }
    }

    @Test
    void aLockDiesWithItsOwnersProcessAfterTheLease() {
        Jadis owner = engine().builder().lockLease(Duration.ofMillis(500)).build();
        owner.locks().lock(Account.class, 7L);
        owner.close();
        try (EntityLock mine = jadis.locks().lock(Duration.ofSeconds(20), Account.class, 7L)) {
            assertTrue(mine != null);
        }
    }

    @Test
    void killingJadisConnectionsNeitherEndsALockWaitEarlyNorLeavesALockBehind() throws Exception {
        Duration wait = Duration.ofSeconds(5);
        AtomicBoolean killing = new AtomicBoolean(true);
        AtomicBoolean stop = new AtomicBoolean();
        List<Long> timeouts = new CopyOnWriteArrayList<>();
        AtomicLong lockedAfterKills = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Jadis waiting = engine().builder().lockWait(wait).build()) {
            List<Future<?>> lockers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                lockers.add(pool.submit(() -> {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        try (EntityLock lock = waiting.locks().lock(Account.class, 1L)) {
                            if (!killing.get()) {
                                lockedAfterKills.incrementAndGet();
                            }
                            Thread.sleep(2);
                        } catch (LockTimeoutException e) {
                            timeouts.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                        }
                    }
                    return null;
                }));
            }
            for (int kill = 0; kill < 10; kill++) {
                Thread.sleep(200);
                TestRedis.command(engine().url(), "CLIENT KILL TYPE pubsub");
                TestRedis.command(engine().url(), "CLIENT KILL TYPE normal SKIPME yes");
            }
            killing.set(false);
            Thread.sleep(1000);
            stop.set(true);
            for (Future<?> f : lockers) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // Every holder releases within milliseconds: a wait that ends without the lock either gave up
        // early or waited for a lock left behind by a release that failed.
        assertEquals(List.of(), timeouts, "lock waits that ended in a LockTimeoutException after these milliseconds");
        assertTrue(lockedAfterKills.get() > 0, "no lock was taken after the connections were killed");
    }

    interface Task {
        void run(int i) throws Exception;
    }

    static void runConcurrently(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    task.run(k);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
