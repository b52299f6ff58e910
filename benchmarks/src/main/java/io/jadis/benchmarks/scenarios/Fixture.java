package io.jadis.benchmarks.scenarios;

import io.jadis.provider.Jadis;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Jadis and the Redisson baseline on the measured server, and the items both of them work on. */
@State(Scope.Benchmark)
public class Fixture {
    public static final int ITEMS = 10_000;

    public Items jadis;
    public RawRedisson redisson;
    public List<Item> items;
    private Jadis running;

    @Setup(Level.Trial)
    public void open() {
        running = Server.fromEnvironment().open();
        jadis = running.repository(Items.class);
        redisson = RawRedisson.like(running);
        items = Catalog.items(ITEMS);
    }

    @TearDown(Level.Trial)
    public void close() {
        running.close();
    }

    public Item anyItem() {
        return items.get(ThreadLocalRandom.current().nextInt(ITEMS));
    }
}
