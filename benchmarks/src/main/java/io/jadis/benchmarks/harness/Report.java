package io.jadis.benchmarks.harness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/** The measurements of one run as ratios of Jadis to each baseline, and to the ceiling. */
public record Report(RunInfo run, List<Comparison> comparisons, List<Measurement> failures, Ceiling ceiling,
                     List<CeilingShare> ceilingShares, List<Growth> growth, List<Measurement> notes) {

    /** JMH's score, its 99.9 % error interval and the range of the iterations, in the scenario's unit; or why it failed. */
    public record Score(double rate, double error, double min, double max, String failure) {
    }

    public record Comparison(String scenario, String title, String unit, int threads, int entities,
                             String jadisVariant, Score jadis, String baseline, Score baselineScore, double ratio) {
    }

    /**
     * A contender of a sized scenario at one data size: its time per operation, as seen by one caller,
     * and that time divided by its time at the smallest size: how it grows with the data.
     */
    public record Growth(String scenario, String title, String contender, int threads, int entities,
                         double microsPerOperation, double growth) {
    }

    /** Jadis at the most concurrent callers measured, divided by the ceiling for the same kind of work. */
    public record CeilingShare(String test, String scenario, int threads, double ratio) {
    }

    public static Report of(RunInfo run, List<Measurement> measurements, Ceiling ceiling) {
        return new Report(run, comparisons(measurements),
                measurements.stream().filter(m -> m.failure() != null).toList(), ceiling, shares(measurements, ceiling),
                growth(measurements), measurements.stream().filter(m -> m.note() != null).toList());
    }

    private static List<Comparison> comparisons(List<Measurement> measurements) {
        List<Comparison> comparisons = new ArrayList<>();
        for (Measurement jadis : measurements) {
            if (jadis.isJadis()) {
                measurements.stream().filter(peer -> !peer.isJadis() && peer.sameCase(jadis)).forEach(peer ->
                        comparisons.add(new Comparison(peer.scenario(), peer.title(), peer.unit(), peer.threads(),
                                peer.entities(), jadis.contender(), score(jadis), peer.contender(), score(peer),
                                jadis.score() / peer.score())));
            }
        }
        return comparisons;
    }

    private static List<Growth> growth(List<Measurement> measurements) {
        List<Growth> growth = new ArrayList<>();
        for (Measurement m : measurements) {
            if (m.entities() > 0 && m.failure() == null) {
                measurements.stream()
                        .filter(s -> s.scenario().equals(m.scenario()) && s.contender().equals(m.contender())
                                && s.threads() == m.threads() && s.failure() == null)
                        .min(Comparator.comparingInt(Measurement::entities))
                        .ifPresent(smallest -> growth.add(new Growth(m.scenario(), m.title(), m.contender(),
                                m.threads(), m.entities(), micros(m), micros(m) / micros(smallest))));
            }
        }
        return growth;
    }

    /** The time one caller waits for one operation: callers divided by the rate of all of them. */
    private static double micros(Measurement m) {
        return 1e6 * m.threads() / m.score();
    }

    private static List<CeilingShare> shares(List<Measurement> measurements, Ceiling ceiling) {
        List<CeilingShare> shares = new ArrayList<>();
        for (Ceiling.Rate rate : ceiling.rates()) {
            measurements.stream()
                    .filter(m -> m.isJadis() && m.failure() == null && m.ceiling().equals(rate.test()))
                    .collect(Collectors.toMap(Measurement::scenario, m -> m,
                            BinaryOperator.maxBy(Comparator.comparingInt(Measurement::threads)), LinkedHashMap::new))
                    .values()
                    .forEach(m -> shares.add(new CeilingShare(rate.test(), m.scenario(), m.threads(),
                            m.score() / rate.requestsPerSecond())));
        }
        return shares;
    }

    private static Score score(Measurement m) {
        return new Score(m.score(), m.error(), m.min(), m.max(), m.failure());
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT,
                "Jadis benchmarks, %s profile, %s engine: %s, %s%s, %d cores (load average %.1f at start), Java %s%n",
                run.profile(), run.engine(), run.date(), run.serverVersion(), run.embedded() ? " (embedded)" : "",
                run.cores(), run.loadAverage(), run.java()));
        md.append(String.format(Locale.ROOT, "JMH: %d fork(s), %d warm-up + %d measurement iterations of %.0f s"
                + " (± is half their range); entity JSON %,d bytes%n%n", run.forks(), run.warmups(), run.iterations(), run.iterationSeconds(), run.entityJsonBytes()));
        md.append("| scenario | callers | Jadis | Jadis rate | baseline | baseline rate | Jadis / baseline |\n");
        md.append("|---|---:|---|---:|---|---:|---:|\n");
        for (Comparison c : comparisons) {
            md.append(String.format(Locale.ROOT, "| %s%s (%s) | %d | %s | %s | %s | %s | %s |%n", c.title(),
                    c.entities() == 0 ? "" : String.format(Locale.ROOT, ", %,d entities", c.entities()), c.unit(),
                    c.threads(), c.jadisVariant(), rate(c.jadis()), c.baseline(), rate(c.baselineScore()),
                    Double.isNaN(c.ratio()) ? "—" : String.format(Locale.ROOT, "**%.2f**", c.ratio())));
        }
        md.append(growthMarkdown()).append(notesMarkdown()).append(failuresMarkdown()).append('\n')
                .append(ceilingMarkdown());
        return md.toString();
    }

    private String growthMarkdown() {
        if (growth.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\nTime per operation as the data grows (growth: time / time at the"
                + " smallest size):\n\n| scenario | contender | callers | entities | µs per operation | growth |\n"
                + "|---|---|---:|---:|---:|---:|\n");
        for (Growth g : growth) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %,d | %,.0f | **%.2f** |%n", g.title(),
                    g.contender(), g.threads(), g.entities(), g.microsPerOperation(), g.growth()));
        }
        return md.toString();
    }

    private String notesMarkdown() {
        StringBuilder md = new StringBuilder(notes.isEmpty() ? "" : "\nChecked by the contenders at the end of their run:\n\n");
        for (Measurement m : notes) {
            md.append(String.format(Locale.ROOT, "- %s, %s, %d caller%s%s: %s%n", m.title(), m.contender(), m.threads(),
                    m.threads() == 1 ? "" : "s",
                    m.entities() == 0 ? "" : String.format(Locale.ROOT, ", %,d entities", m.entities()), m.note()));
        }
        return md.toString();
    }

    private String failuresMarkdown() {
        StringBuilder md = new StringBuilder(failures.isEmpty() ? "" : "\nFailed:\n");
        for (Measurement m : failures) {
            md.append(String.format(Locale.ROOT, "- %s.%s, %d callers: %s%n", m.scenario(), m.contender(),
                    m.threads(), m.failure()));
        }
        return md.toString();
    }

    private String ceilingMarkdown() {
        if (ceiling.note() != null) {
            return "Ceiling (redis-benchmark) skipped: " + ceiling.note() + "\n";
        }
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "Ceiling: redis-benchmark, %d connections, %,d requests, %d-byte values, same server%n%n",
                ceiling.clients(), ceiling.requests(), Ceiling.VALUE_BYTES));
        md.append("| redis-benchmark | requests/s | Jadis / ceiling |\n|---|---:|---|\n");
        for (Ceiling.Rate rate : ceiling.rates()) {
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %s |%n", rate.test(), rate.requestsPerSecond(),
                    share(rate.test())));
        }
        return md.toString();
    }

    private String share(String test) {
        return ceilingShares.stream()
                .filter(s -> s.test().equals(test))
                .map(s -> String.format(Locale.ROOT, "%.2f (%s, %d callers)", s.ratio(), s.scenario(), s.threads()))
                .reduce((a, b) -> a + "; " + b)
                .orElse("—");
    }

    private static String rate(Score score) {
        return score.failure() != null ? "failed" : String.format(Locale.ROOT, "%,.0f ±%.0f%%", score.rate(),
                50 * (score.max() - score.min()) / score.rate());
    }
}
