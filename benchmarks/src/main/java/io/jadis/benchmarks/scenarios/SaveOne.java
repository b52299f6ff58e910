package io.jadis.benchmarks.scenarios;

import org.openjdk.jmh.annotations.Benchmark;

@Scenario(value = "save one 1 KB entity", ceiling = "SET")
public class SaveOne {
    @Benchmark
    public Item jadis(Fixture fixture) {
        return fixture.jadis.save(fixture.anyItem());
    }

    @Benchmark
    public void redisson(Fixture fixture) {
        fixture.redisson.save(fixture.anyItem());
    }
}
