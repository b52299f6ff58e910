package io.jadis.benchmarks.scenarios;

import org.openjdk.jmh.annotations.Benchmark;

import java.util.List;

@Scenario(value = "findFirst10ByOrderByScoreDesc", sized = true)
public class QueryTop10 {
    @Benchmark
    public List<Player> jadis(League league) {
        return league.jadis().findFirst10ByOrderByScoreDesc();
    }

    /** The sorted set the user keeps by hand, read from the top, then the ten documents. */
    @Benchmark
    public List<Player> redisson(League league) {
        return league.rawTop10();
    }
}
