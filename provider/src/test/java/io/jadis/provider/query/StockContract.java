package io.jadis.provider.query;

import io.jadis.provider.Jadis;
import io.jadis.provider.testing.JadisTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conditional stock decrement of the issue, under heavy concurrency, on every engine. */
abstract class StockContract extends JadisTest {
    static final int THREADS = 64;
    static final int ATTEMPTS = 200;
    static final int STOCK = 500;

    /** 65 busy threads on a shared build machine: a slow answer must not fail the test, only a wrong one. */
    @Override
    protected Jadis.Builder configure(Jadis.Builder builder) {
        return builder.timeout(Duration.ofSeconds(30));
    }

    @Test
    void concurrentConditionalDecrementsNeverOversell() throws Exception {
        Products products = jadis.repository(Products.class);
        products.insert(new Product("hot", "limited edition", STOCK, "99.00"));
        AtomicInteger sold = new AtomicInteger();
        AtomicInteger lowest = new AtomicInteger(STOCK);
        AtomicBoolean selling = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        try {
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                while (selling.get() || reads == 0) {
                    lowest.accumulateAndGet(products.findById("hot").orElseThrow().stock, Math::min);
                    reads++;
                }
                return reads;
            });
            List<Future<?>> sellers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                sellers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < ATTEMPTS; i++) {
                        if (products.sellOne("hot")) {
                            sold.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> seller : sellers) {
                seller.get(2, TimeUnit.MINUTES);
            }
            selling.set(false);
            assertTrue(reader.get(1, TimeUnit.MINUTES) > 0);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(STOCK, sold.get());
        assertEquals(0, products.findById("hot").orElseThrow().stock);
        assertTrue(lowest.get() >= 0, "a read saw stock " + lowest.get());
    }
}
