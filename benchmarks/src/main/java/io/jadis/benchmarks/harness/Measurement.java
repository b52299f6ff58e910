package io.jadis.benchmarks.harness;

/**
 * One contender of one scenario at one number of concurrent callers: JMH's score, its 99.9 % error
 * interval, and the slowest and fastest measurement iteration; or, when it failed, why (the numbers
 * are then NaN).
 */
public record Measurement(String scenario, String title, String unit, String ceiling, String contender,
                          int threads, double score, double error, double min, double max, String failure) {
    public static final String JADIS = "jadis";

    public boolean isJadis() {
        return JADIS.equals(contender);
    }
}
