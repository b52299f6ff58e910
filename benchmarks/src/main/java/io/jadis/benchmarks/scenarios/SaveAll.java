package io.jadis.benchmarks.scenarios;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

import java.util.List;

// 64 callers would keep 640,000 entities in flight: on two cores one iteration takes minutes, and
// with 8 callers Jadis' calls already ran past the 2-minute timeout in one run of three.
@Scenario(value = "saveAll of 10,000 entities", unit = "entities/s", maxCallers = 4)
@OperationsPerInvocation(Fixture.ITEMS)
public class SaveAll {
    @Benchmark
    public List<Item> jadis(Fixture fixture) {
        return fixture.jadis.saveAll(fixture.items);
    }

    @Benchmark
    public void redisson(Fixture fixture) {
        fixture.redisson.saveAll(fixture.items);
    }

    @Benchmark
    public Iterable<Item> springData(Fixture fixture, SpringData spring) {
        return spring.items.saveAll(fixture.items);
    }
}
