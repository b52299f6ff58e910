package io.jadis.benchmarks.scenarios;

import io.jadis.api.Atomic;
import io.jadis.provider.Jadis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.concurrent.atomic.LongAdder;

/**
 * Every caller adds one to the stock of the same 1 KB item. At the end each contender counts how
 * many of its increments the stored value lacks: the naive read-modify-write loses them under
 * concurrency, the atomic contenders must lose none. (It opens its own Jadis rather than share
 * {@link Fixture}'s, which JMH may close before this state's tear-down counts.)
 */
@Scenario("atomic increment of one attribute of a 1 KB entity")
@State(Scope.Benchmark)
public class Increment {
    private static final String ATTRIBUTE = "stock";
    private final LongAdder increments = new LongAdder();
    private final Item hot = Catalog.items(1).get(0);
    private Jadis running;
    private Items items;
    private Atomic atomic;
    private RawRedisson redisson;

    @Setup(Level.Trial)
    public void store() {
        running = Server.fromEnvironment().open();
        items = running.repository(Items.class);
        atomic = running.atomic();
        redisson = RawRedisson.like(running);
        items.save(hot);
        redisson.save(hot);
    }

    /** The fluent atomic update: one server step, returns the entity as it is after it. */
    @Benchmark
    public Item jadis() {
        increments.increment();
        return atomic.on(Item.class, hot.id).add(ATTRIBUTE, 1).apply();
    }

    /** A JDQL {@code UPDATE … SET stock = stock + 1 WHERE id = :id}: one server step, returns the count. */
    @Benchmark
    public long jadisJdql() {
        increments.increment();
        return items.addOneToStock(hot.id);
    }

    /** A script on the server: {@code JSON.NUMINCRBY}, or decode-add-encode in Lua on plain Redis. */
    @Benchmark
    public long redisson() {
        increments.increment();
        return redisson.increment(hot.id, ATTRIBUTE);
    }

    /** What goes wrong without help: read the document, add one on the client, write it back. */
    @Benchmark
    public void naiveReadModifyWrite() {
        increments.increment();
        Item item = redisson.find(hot.id);
        item.stock++;
        redisson.save(item);
    }

    @TearDown(Level.Trial)
    public void count(BenchmarkParams params) {
        String contender = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        long stored = contender.startsWith("jadis") ? items.findById(hot.id).orElseThrow().stock
                : redisson.find(hot.id).stock;
        long done = increments.sum();
        long lost = done - (stored - hot.stock);
        Notes.write(String.format("%,d of %,d increments lost (%.1f %%)", lost, done, 100.0 * lost / done));
        running.close();
    }
}
