package io.jadis.benchmarks.harness;

/** Where and how a report was measured: a ratio means little without it. */
public record RunInfo(String date, String profile, int cores, double loadAverage, String java, String os,
                      String engine, String server, boolean embedded, String serverVersion, int entityJsonBytes,
                      int forks, int warmups, int iterations, double iterationSeconds) {
}
