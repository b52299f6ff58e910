package io.jadis.cdi;

import io.jadis.provider.Jadis;
import io.jadis.provider.testing.TestRedis;
import jakarta.transaction.TransactionalException;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionalTest {
    private WeldContainer container;
    private Bank bank;
    private Accounts accounts;

    @BeforeAll
    void start() {
        System.setProperty("jadis.url", TestRedis.plainUrl());
        container = new Weld().initialize();
        bank = container.select(Bank.class).get();
        accounts = container.select(Accounts.class).get();
    }

    @AfterAll
    void stop() {
        container.close();
        System.clearProperty("jadis.url");
    }

    @BeforeEach
    void flush() {
        container.select(Jadis.class).get().redisson().getKeys().flushdb();
        accounts.insert(new Account(1, 100));
    }

    long balance(long id) {
        return accounts.findById(id).orElseThrow().balance;
    }

    @Test
    void transactionalTransfersConserveMoneyUnderConcurrencyWithoutRetriesOfTheirOwn() throws Exception {
        accounts.insertAll(LongStream.rangeClosed(2, 101).mapToObj(n -> new Account(n, 1000)).toList());
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                long seed = i;
                futures.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    long from = 2 + random.nextInt(100);
                    long to = 2 + (from - 2 + 1 + random.nextInt(99)) % 100;
                    bank.transfer(from, to, 1 + random.nextInt(50));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Account> all = accounts.findAll().filter(a -> a.number >= 2).toList();
        assertEquals(100_000, all.stream().mapToLong(a -> a.balance).sum());
        assertTrue(all.stream().allMatch(a -> a.balance >= 0));
    }

    @Test
    void aTransactionalMethodRunsAgainWhenAChangeBehindItsLockPreventsTheCommit() {
        accounts.insert(new Account(2, 100));
        Jadis jadis = container.select(Jadis.class).get();
        AtomicInteger attempts = new AtomicInteger();
        bank.transferAfter(1, 2, 10, () -> {
            if (attempts.incrementAndGet() == 1) {
                changeBehindTheLock(jadis, 2L);
            }
        });
        assertEquals(2, attempts.get());
        assertEquals(90, balance(1));
        assertEquals(115, balance(2));
    }

    @Test
    void aCheckedExceptionThatCommitsIsThrownOnceTheCommitSucceeds() {
        accounts.insert(new Account(2, 100));
        Jadis jadis = container.select(Jadis.class).get();
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(Bank.InsufficientFunds.class, () -> bank.withdrawThenFailCheckedAfter(2, 30, () -> {
            if (attempts.incrementAndGet() == 1) {
                changeBehindTheLock(jadis, 2L);
            }
        }));
        assertEquals(2, attempts.get());
        assertEquals(75, balance(2));
    }

    /** The lock's lease ran out, and someone changed the account meanwhile. */
    private static void changeBehindTheLock(Jadis jadis, long number) {
        jadis.redisson().getKeys().delete("Account:#lock:" + number);
        Thread outside = new Thread(() -> jadis.atomic().on(Account.class, number).add("balance", 5).apply());
        outside.start();
        try {
            outside.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anUncheckedExceptionRollsBack() {
        assertThrows(IllegalStateException.class, () -> bank.withdrawThenFail(1, 30));
        assertEquals(100, balance(1));
    }

    @Test
    void aCheckedExceptionCommitsUnlessRollbackOnNamesIt() {
        assertThrows(Bank.InsufficientFunds.class, () -> bank.withdrawThenFailChecked(1, 30));
        assertEquals(70, balance(1));
        assertThrows(Bank.InsufficientFunds.class, () -> bank.withdrawThenFailCheckedRollingBack(1, 30));
        assertEquals(70, balance(1));
    }

    @Test
    void dontRollbackOnKeepsTheWork() {
        assertThrows(Bank.Warning.class, () -> bank.withdrawThenWarn(1, 30));
        assertEquals(70, balance(1));
    }

    @Test
    void requiresNewCommitsOnItsOwnWhenTheCallerRollsBack() {
        assertThrows(IllegalStateException.class, () -> bank.withdrawAuditThenFail(1, 30));
        assertEquals(100, balance(1));
        assertEquals(1, balance(999));
    }

    @Test
    void mandatoryNeverNotSupportedAndSupportsBehaveAsJtaSays() {
        TransactionalException mandatory = assertThrows(TransactionalException.class, bank::mandatory);
        assertTrue(mandatory.getCause() instanceof jakarta.transaction.TransactionRequiredException);
        TransactionalException never = assertThrows(TransactionalException.class, bank::neverInside);
        assertTrue(never.getCause() instanceof jakarta.transaction.InvalidTransactionException);
        assertFalse(bank.notSupportedInside());
        assertFalse(bank.supports());
    }
}
