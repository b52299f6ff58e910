package io.jadis.benchmarks.harness;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HarnessTest {
    private static final Profile TINY = new Profile("tiny", 0, 0, 1, Duration.ofMillis(200), List.of(1), 0, List.of());

    @Test
    void aScenarioRunsBothContendersAgainstTheEmbeddedServerAndComparesThem() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        List<Measurement> measurements = new Harness(TINY, List.of(), new PrintStream(progress, true))
                .run("\\.SaveOne\\.");

        assertEquals(List.of("jadis", "redisson"), measurements.stream().map(Measurement::contender).toList());
        assertTrue(measurements.stream().allMatch(m -> m.score() > 0), measurements::toString);
        assertTrue(progress.toString().contains("[ 2/2] SaveOne.redisson, 1 caller: "), progress::toString);

        Report report = Report.of(null, measurements, new Ceiling(50, 0, List.of(), "not measured"));
        assertEquals(1, report.comparisons().size());
        assertEquals("redisson", report.comparisons().get(0).baseline());
    }
}
