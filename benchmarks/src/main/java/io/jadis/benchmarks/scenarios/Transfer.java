package io.jadis.benchmarks.scenarios;

import io.jadis.api.Transactions;
import io.jadis.provider.Jadis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.redisson.api.RBatch;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every caller moves one unit between the same two accounts, in a random direction: Jadis'
 * programmatic transaction (the {@code @Transactional} semantics without CDI) against what a careful
 * user writes by hand with Redisson, a multi-lock over both accounts and a batch that writes both. At
 * the end each contender checks that the total balance is what it was.
 *
 * <p>Both lock the accounts in one fixed order. A Jadis transaction locks an entity when it reads it;
 * one that reads them in the opposite order of a concurrent one and finds the first lock taken gives
 * up its locks and takes them again in order, and if the other committed in between, it fails with
 * {@code OptimisticLockingFailureException} rather than deadlock: under this much contention most
 * such transfers would fail.
 */
@Scenario("transfer between two hot accounts")
@State(Scope.Benchmark)
public class Transfer {
    private static final List<String> IDS = List.of("account-a", "account-b");
    private static final long OPENING_BALANCE = 1_000_000_000L;
    private static final String RAW_PREFIX = "jadis-bench:redisson:account:";
    private static final String LOCK_PREFIX = "jadis-bench:redisson:lock:account:";

    private Jadis running;
    private Accounts accounts;
    private Transactions transactions;
    private RedissonClient client;

    @Setup(Level.Trial)
    public void open() {
        running = Server.fromEnvironment().open();
        accounts = running.repository(Accounts.class);
        transactions = running.transactions();
        client = running.redisson();
        for (String id : IDS) {
            accounts.save(new Account(id, OPENING_BALANCE));
            client.<String>getBucket(RAW_PREFIX + id, StringCodec.INSTANCE).set(Json.write(new Account(id, OPENING_BALANCE)));
        }
    }

    @Benchmark
    public void jadis() {
        boolean forward = ThreadLocalRandom.current().nextBoolean();
        transactions.run(() -> {
            // Read (and so locked) in one fixed order, as the baseline locks: see the class comment.
            Account first = accounts.findById(IDS.get(0)).orElseThrow();
            Account second = accounts.findById(IDS.get(1)).orElseThrow();
            Account from = forward ? first : second;
            Account to = forward ? second : first;
            from.balance--;
            to.balance++;
            accounts.saveAll(List.of(from, to));
        });
    }

    /** Locks taken in one fixed order, both accounts read in one {@code MGET}, both written in one batch. */
    @Benchmark
    public void redissonLockAndBatch() {
        boolean forward = ThreadLocalRandom.current().nextBoolean();
        RLock lock = client.getMultiLock(client.getLock(LOCK_PREFIX + IDS.get(0)), client.getLock(LOCK_PREFIX + IDS.get(1)));
        lock.lock();
        try {
            Map<String, String> stored = client.getBuckets(StringCodec.INSTANCE)
                    .get(RAW_PREFIX + IDS.get(0), RAW_PREFIX + IDS.get(1));
            Account from = Json.read(stored.get(RAW_PREFIX + IDS.get(forward ? 0 : 1)), Account.class);
            Account to = Json.read(stored.get(RAW_PREFIX + IDS.get(forward ? 1 : 0)), Account.class);
            from.balance--;
            to.balance++;
            RBatch batch = client.createBatch();
            batch.getBucket(RAW_PREFIX + from.id, StringCodec.INSTANCE).setAsync(Json.write(from));
            batch.getBucket(RAW_PREFIX + to.id, StringCodec.INSTANCE).setAsync(Json.write(to));
            batch.execute();
        } finally {
            lock.unlock();
        }
    }

    @TearDown(Level.Trial)
    public void check(BenchmarkParams params) {
        long total = params.getBenchmark().endsWith(".jadis")
                ? IDS.stream().mapToLong(id -> accounts.findById(id).orElseThrow().balance).sum()
                : IDS.stream().mapToLong(id -> Json.read(client.<String>getBucket(RAW_PREFIX + id, StringCodec.INSTANCE).get(), Account.class).balance).sum();
        long expected = OPENING_BALANCE * IDS.size();
        Notes.write(String.format("total balance %,d, %s", total,
                total == expected ? "conserved" : String.format("NOT conserved: %,d expected", expected)));
        running.close();
    }
}
