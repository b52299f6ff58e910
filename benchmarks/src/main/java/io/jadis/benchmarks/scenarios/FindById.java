package io.jadis.benchmarks.scenarios;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Optional;

@Scenario(value = "findById of one 1 KB entity", ceiling = "GET")
@State(Scope.Benchmark)
public class FindById {
    @Setup(Level.Trial)
    public void store(Fixture fixture) {
        fixture.jadis.saveAll(fixture.items);
        fixture.redisson.saveAll(fixture.items);
    }

    @Benchmark
    public Optional<Item> jadis(Fixture fixture) {
        return fixture.jadis.findById(fixture.anyItem().id);
    }

    @Benchmark
    public Item redisson(Fixture fixture) {
        return fixture.redisson.find(fixture.anyItem().id);
    }
}
