package io.jadis.benchmarks.harness;

import io.jadis.benchmarks.scenarios.Notes;
import io.jadis.benchmarks.scenarios.Scenario;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs every JMH benchmark of the scenarios at each number of concurrent callers of the profile,
 * one JMH run at a time, so that it can report progress and keep each scenario's contenders close
 * together in time.
 */
public final class Harness {
    private static final int REASON_LENGTH = 160;
    private final Profile profile;
    private final List<String> forkArguments;
    private final PrintStream progress;

    public Harness(Profile profile, List<String> forkArguments, PrintStream progress) {
        this.profile = profile;
        this.forkArguments = forkArguments;
        this.progress = progress;
    }

    /** Measures the benchmarks whose name ({@code Class.method}) contains a match of {@code filter}. */
    public List<Measurement> run(String filter) {
        Map<String, List<BenchmarkListEntry>> scenarios = discover(filter);
        int total = scenarios.values().stream()
                .mapToInt(c -> c.size() * callers(c.get(0)).size() * sizes(c.get(0)).size()).sum();
        List<Measurement> measurements = new ArrayList<>(total);
        for (List<BenchmarkListEntry> contenders : scenarios.values()) {
            for (int entities : sizes(contenders.get(0))) {
                for (int threads : callers(contenders.get(0))) {
                    for (BenchmarkListEntry contender : contenders) {
                        progress.printf("[%2d/%d] %s.%s, %s%d caller%s: ", measurements.size() + 1, total,
                                simpleName(contender), method(contender),
                                entities == 0 ? "" : String.format("%,d entities, ", entities),
                                threads, threads == 1 ? "" : "s");
                        Measurement m = measure(contender, threads, entities);
                        progress.println(m.failure() == null ? String.format("%,.0f %s", m.score(), m.unit())
                                + (m.note() == null ? "" : " (" + m.note() + ")") : "failed: " + m.failure());
                        measurements.add(m);
                    }
                }
            }
        }
        return measurements;
    }

    /** The profile's data sizes for a scenario that has them, else one pass with no size (0). */
    private List<Integer> sizes(BenchmarkListEntry entry) {
        return scenario(entry).sized() ? profile.entities() : List.of(0);
    }

    private List<Integer> callers(BenchmarkListEntry entry) {
        int most = scenario(entry).maxCallers();
        return profile.threads().stream().map(t -> Math.min(t, most)).distinct().toList();
    }

    private Map<String, List<BenchmarkListEntry>> discover(String filter) {
        Map<String, List<BenchmarkListEntry>> scenarios = new LinkedHashMap<>();
        BenchmarkList.defaultList()
                .find(OutputFormatFactory.createFormatInstance(progress, VerboseMode.SILENT), List.of(filter), List.of())
                .forEach(entry -> scenarios.computeIfAbsent(entry.getUserClassQName(), k -> new ArrayList<>()).add(entry));
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("No benchmark matches '" + filter + "'");
        }
        scenarios.values().forEach(contenders -> contenders.sort(Comparator
                .comparing((BenchmarkListEntry e) -> !method(e).startsWith(Measurement.JADIS))
                .thenComparing(Harness::method)));
        return scenarios;
    }

    private Measurement measure(BenchmarkListEntry contender, int threads, int entities) {
        Scenario scenario = scenario(contender);
        Path note = noteFile();
        try {
            Result<?> result = new Runner(options(contender, threads, entities, note)).runSingle().getPrimaryResult();
            return new Measurement(simpleName(contender), scenario.value(), scenario.unit(), scenario.ceiling(),
                    method(contender), threads, entities, result.getScore(), result.getScoreError(),
                    result.getStatistics().getMin(), result.getStatistics().getMax(), null, read(note));
        } catch (RunnerException e) {
            return new Measurement(simpleName(contender), scenario.value(), scenario.unit(), scenario.ceiling(),
                    method(contender), threads, entities, Double.NaN, Double.NaN, Double.NaN, Double.NaN, reason(e),
                    read(note));
        }
    }

    private static Path noteFile() {
        try {
            return Files.createTempFile("jadis-bench-note", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the forked benchmark wrote through {@link Notes}, if anything; the file is removed. */
    private static String read(Path note) {
        try {
            String text = Files.readString(note).strip();
            Files.delete(note);
            return text.isEmpty() ? null : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct first lines of what the benchmark threads threw, which JMH attaches as suppressed. */
    private static String reason(RunnerException e) {
        Throwable failure = e.getCause() == null ? e : e.getCause();
        Stream<Throwable> thrown = failure.getSuppressed().length == 0 ? Stream.of(failure)
                : Arrays.stream(failure.getSuppressed());
        return thrown.map(t -> firstLine(String.valueOf(t.getMessage()))).distinct().collect(Collectors.joining("; "));
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() <= REASON_LENGTH ? line : line.substring(0, REASON_LENGTH) + "…";
    }

    private Options options(BenchmarkListEntry contender, int threads, int entities, Path note) {
        TimeValue time = TimeValue.milliseconds(profile.iterationTime().toMillis());
        List<String> jvmArguments = new ArrayList<>(forkArguments);
        jvmArguments.add("-D" + Notes.PROPERTY + "=" + note);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(contender.getUsername()) + "$")
                .mode(Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .forks(profile.forks())
                .warmupIterations(profile.warmups())
                .warmupTime(time)
                .measurementIterations(profile.iterations())
                .measurementTime(time)
                .threads(threads)
                .jvmArgsAppend(jvmArguments.toArray(String[]::new))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        if (entities > 0) {
            options.param(Scenario.ENTITIES, String.valueOf(entities));
        }
        return options.build();
    }

    private static Scenario scenario(BenchmarkListEntry contender) {
        try {
            Scenario scenario = Class.forName(contender.getUserClassQName()).getAnnotation(Scenario.class);
            if (scenario == null) {
                throw new IllegalStateException(contender.getUserClassQName() + " has benchmarks but no @Scenario");
            }
            return scenario;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("JMH lists " + contender.getUserClassQName() + " but it is not on the class path", e);
        }
    }

    private static String method(BenchmarkListEntry entry) {
        return entry.getUsername().substring(entry.getUserClassQName().length() + 1);
    }

    private static String simpleName(BenchmarkListEntry entry) {
        String name = entry.getUserClassQName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
