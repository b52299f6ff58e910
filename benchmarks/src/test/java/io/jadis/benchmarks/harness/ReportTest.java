package io.jadis.benchmarks.harness;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {
    private static final Ceiling NO_CEILING = new Ceiling(50, 0, List.of(), "not measured");
    private static final RunInfo RUN = new RunInfo("2026-11-23T00:00:00Z", "quick", 2, 1.0, "17", "Linux amd64",
            "portable", "127.0.0.1:6379", true, "Redis 7.0.15", 993, 1, 2, 3, 2.0);

    private static Measurement measured(String scenario, String contender, int threads, int entities, double rate,
                                        String note) {
        return new Measurement(scenario, scenario + " title", "ops/s", "", contender, threads, entities, rate, 0,
                rate, rate, null, note);
    }

    @Test
    void everyJadisVariantIsComparedWithEveryBaselineOfTheSameCaseOnly() {
        Report report = Report.of(RUN, List.of(
                measured("Increment", "jadis", 1, 0, 800, null),
                measured("Increment", "jadisJdql", 1, 0, 600, null),
                measured("Increment", "redisson", 1, 0, 1000, null),
                measured("Increment", "naive", 1, 0, 400, "25 of 100 increments lost"),
                measured("Increment", "redisson", 64, 0, 5000, null)), NO_CEILING);

        assertEquals(List.of("jadis/redisson 0.80", "jadis/naive 2.00", "jadisJdql/redisson 0.60",
                        "jadisJdql/naive 1.50"),
                report.comparisons().stream()
                        .map(c -> c.jadisVariant() + "/" + c.baseline() + " " + String.format("%.2f", c.ratio()))
                        .toList());
        assertTrue(report.markdown().contains("- Increment title, naive, 1 caller: 25 of 100 increments lost"),
                report::markdown);
        assertTrue(report.markdown().startsWith("Jadis benchmarks, quick profile, portable engine:"
                + " 2026-11-23T00:00:00Z, Redis 7.0.15 (embedded), 2 cores"), report::markdown);
    }

    @Test
    void growthIsTheTimePerOperationOverThatAtTheSmallestSize() {
        Report report = Report.of(RUN, List.of(
                measured("QueryTop10", "jadis", 1, 10_000, 2_000, null),
                measured("QueryTop10", "jadis", 1, 100_000, 1_600, null),
                measured("QueryTop10", "jadis", 64, 10_000, 8_000, null),
                measured("QueryTop10", "jadis", 64, 100_000, 4_000, null)), NO_CEILING);

        assertEquals(List.of("1@10000 500µs x1.00", "1@100000 625µs x1.25", "64@10000 8000µs x1.00",
                        "64@100000 16000µs x2.00"),
                report.growth().stream()
                        .map(g -> String.format("%d@%d %.0fµs x%.2f", g.threads(), g.entities(),
                                g.microsPerOperation(), g.growth()))
                        .toList());
    }
}
