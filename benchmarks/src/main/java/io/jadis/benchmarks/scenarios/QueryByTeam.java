package io.jadis.benchmarks.scenarios;

import org.openjdk.jmh.annotations.Benchmark;

import java.util.List;

@Scenario(value = "findByTeam (50 players per team)", sized = true)
public class QueryByTeam {
    @Benchmark
    public List<Player> jadis(League league) {
        return league.jadis().findByTeam(league.anyTeam());
    }

    /** The set of ids per team the user keeps by hand, then its documents. */
    @Benchmark
    public List<Player> redisson(League league) {
        return league.rawByTeam(league.anyTeam());
    }
}
