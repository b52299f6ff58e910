package io.jadis.tck.ratchet;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fails the build unless the TCK results match {@code known-failures.txt}: every test not on the list
 * passed, every listed test still fails, every group ran exactly its expected number of tests and
 * skipped none. Reads the surefire XML reports of each group.
 *
 * <p>Arguments: the list file; {@code skipTests=…}, {@code maven.test.skip=…} and {@code test=…} (a test
 * filter) with the build's values, because the ratchet only judges complete runs; then one
 * {@code label|reportsDirectory|expectedTests} per group.
 */
public final class Ratchet {
    private static final String PREFIX = "[tck-ratchet] ";

    private Ratchet() {
    }

    /** One test case of one group's run. */
    record Result(String test, String outcome, String message) {
        boolean failed() {
            return outcome.equals("failure") || outcome.equals("error");
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            throw new IllegalArgumentException("usage: Ratchet <known-failures.txt> skipTests=<bool> "
                    + "maven.test.skip=<bool> test=<filter> <label|reportsDirectory|expectedTests>...");
        }
        String incomplete = incompleteRun(args);
        if (incomplete != null) {
            System.out.println(PREFIX + incomplete + ": known-failures.txt not checked.");
            return;
        }
        Path listFile = Path.of(args[0]);
        Set<String> known = readList(listFile);
        List<String> problems = new ArrayList<>();
        Map<String, Result> worst = new TreeMap<>();
        for (int i = 4; i < args.length; i++) {
            String[] group = args[i].split("\\|", 3);
            checkGroup(group[0], Path.of(group[1]), Integer.parseInt(group[2]), worst, problems);
        }
        judge(listFile, known, worst, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(System.lineSeparator() + String.join(System.lineSeparator(), problems));
        }
        System.out.println(PREFIX + "OK: every failing TCK test is on " + listFile.getFileName() + " ("
                + known.size() + " listed), every other test passed.");
    }

    /** Why the TCK did not run completely (skipped or filtered), or null when it did. */
    private static String incompleteRun(String[] args) {
        if (Boolean.parseBoolean(value(args[1], "skipTests"))
                || Boolean.parseBoolean(value(args[2], "maven.test.skip"))) {
            return "TCK skipped";
        }
        String filter = value(args[3], "test");
        return filter.isEmpty() ? null : "Only the TCK tests matching -Dtest=" + filter + " ran";
    }

    private static String value(String argument, String name) {
        if (!argument.startsWith(name + "=")) {
            throw new IllegalArgumentException("expected " + name + "=<value>, not " + argument);
        }
        return argument.substring(name.length() + 1).strip();
    }

    private static void checkGroup(String label, Path reports, int expected, Map<String, Result> worst,
                                   List<String> problems) throws Exception {
        List<Result> results = readReports(reports);
        Map<String, Long> counts = results.stream()
                .collect(Collectors.groupingBy(Result::outcome, TreeMap::new, Collectors.counting()));
        System.out.printf("%s%s: %d run, %d passed, %d failed, %d errors, %d skipped (%s)%n", PREFIX, label,
                results.size(), counts.getOrDefault("passed", 0L), counts.getOrDefault("failure", 0L),
                counts.getOrDefault("error", 0L), counts.getOrDefault("skipped", 0L), reports);
        if (results.size() != expected) {
            problems.add("Group '" + label + "' ran " + results.size() + " tests, expected " + expected
                    + " (reports in " + reports + "). Did a test class fail to start, or was a test filter given?");
        }
        for (Result result : results) {
            if (result.outcome().equals("skipped")) {
                problems.add("Group '" + label + "' skipped " + result.test() + ": the TCK must run every test.");
            }
            worst.merge(result.test(), result, (a, b) -> a.failed() ? a : b);
        }
    }

    private static void judge(Path listFile, Set<String> known, Map<String, Result> worst, List<String> problems) {
        List<String> unexpected = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        worst.values().forEach(result -> {
            if (result.failed() && !known.contains(result.test())) {
                unexpected.add("  " + result.test() + "    <- " + result.message());
            }
        });
        for (String test : known) {
            Result result = worst.get(test);
            if (result == null) {
                missing.add("  " + test);
            } else if (!result.failed()) {
                fixed.add("  " + test);
            }
        }
        if (!unexpected.isEmpty()) {
            problems.add(unexpected.size() + " TCK test(s) failed that are not on " + listFile
                    + " (fix them; the list only shrinks):");
            problems.addAll(unexpected);
        }
        if (!fixed.isEmpty()) {
            problems.add(fixed.size() + " test(s) on " + listFile
                    + " passed: remove these lines from the list (it only shrinks):");
            problems.addAll(fixed);
        }
        if (!missing.isEmpty()) {
            problems.add(missing.size() + " test(s) on " + listFile
                    + " did not run (misspelt, no longer in the TCK, or their class did not start):");
            problems.addAll(missing);
        }
    }

    private static Set<String> readList(Path listFile) throws IOException {
        Set<String> tests = new LinkedHashSet<>();
        for (String line : Files.readAllLines(listFile)) {
            String test = line.strip();
            if (!test.isEmpty() && !test.startsWith("#")) {
                tests.add(test);
            }
        }
        return tests;
    }

    private static List<Result> readReports(Path reports) throws Exception {
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        Set<Path> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(reports)) {
            list.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).forEach(files::add);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder parser = factory.newDocumentBuilder();
        List<Result> results = new ArrayList<>();
        for (Path file : files) {
            NodeList cases = parser.parse(file.toFile()).getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                results.add(result((Element) cases.item(i)));
            }
        }
        return results;
    }

    private static Result result(Element testcase) {
        String className = testcase.getAttribute("classname");
        String method = testcase.getAttribute("name").replaceFirst("\\(.*$", "");
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        String test = method.isEmpty() || method.equals(className) ? simpleName + " (the class did not start)"
                : simpleName + "#" + method;
        for (String outcome : List.of("failure", "error", "skipped")) {
            NodeList found = testcase.getElementsByTagName(outcome);
            if (found.getLength() > 0) {
                return new Result(test, outcome, summary((Element) found.item(0)));
            }
        }
        return new Result(test, "passed", "");
    }

    private static String summary(Element problem) {
        String type = problem.getAttribute("type");
        String message = problem.getAttribute("message").strip().replaceAll("\\s+", " ");
        if (message.length() > 240) {
            message = message.substring(0, 240) + "...";
        }
        return type.isEmpty() ? message : type + ": " + message;
    }
}
