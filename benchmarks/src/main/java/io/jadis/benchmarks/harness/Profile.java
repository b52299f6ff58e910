package io.jadis.benchmarks.harness;

import java.time.Duration;
import java.util.List;

/**
 * How long and how often to measure, chosen with {@code -Dprofile=quick|full}; {@code entities} are
 * the data sizes of the scenarios that take an {@code entities} parameter.
 */
public record Profile(String name, int forks, int warmups, int iterations, Duration iterationTime,
                      List<Integer> threads, int ceilingRequests, List<Integer> entities) {
    public static final Profile QUICK = new Profile("quick", 1, 2, 3, Duration.ofSeconds(2), List.of(1, 64), 100_000,
            List.of(10_000, 100_000));
    public static final Profile FULL = new Profile("full", 2, 3, 5, Duration.ofSeconds(5), List.of(1, 64), 1_000_000,
            List.of(10_000, 100_000, 1_000_000));

    public static Profile named(String name) {
        return switch (name) {
            case "quick" -> QUICK;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("profile must be quick or full, not '" + name + "'");
        };
    }
}
