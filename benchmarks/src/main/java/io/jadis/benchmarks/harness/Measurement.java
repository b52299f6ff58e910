package io.jadis.benchmarks.harness;

/**
 * One contender of one scenario at one number of concurrent callers (and, for scenarios measured at
 * several data sizes, one {@code entities} count; 0 otherwise): JMH's score, its 99.9 % error
 * interval, and the slowest and fastest measurement iteration; or, when it failed, why (the numbers
 * are then NaN). {@code note} is what the contender itself reported, such as lost updates.
 */
public record Measurement(String scenario, String title, String unit, String ceiling, String contender,
                          int threads, int entities, double score, double error, double min, double max,
                          String failure, String note) {
    /** Jadis' contenders are its benchmark methods named {@code jadis} or {@code jadis<Variant>}. */
    public static final String JADIS = "jadis";

    public boolean isJadis() {
        return contender.startsWith(JADIS);
    }

    /** Whether {@code other} measures the same scenario under the same conditions. */
    public boolean sameCase(Measurement other) {
        return scenario.equals(other.scenario) && threads == other.threads && entities == other.entities;
    }
}
