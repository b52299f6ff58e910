package io.jadis.benchmarks.harness;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server does for plain commands from redis-benchmark (50 connections, no pipelining,
 * 1 KB values): the ceiling no client library reaches. {@code note} says why it was skipped.
 */
public record Ceiling(int clients, int requests, List<Rate> rates, String note) {
    public static final int CLIENTS = 50;
    public static final int VALUE_BYTES = 1024;
    private static final Pattern RATE = Pattern.compile("^(\\S+)[^:]*: ([0-9.]+) requests per second");

    public record Rate(String test, double requestsPerSecond) {
    }

    /** Runs SET, GET and {@code EVALSHA} of the loaded script {@code sha} against the server at {@code url}. */
    public static Ceiling measure(String url, int requests, String sha) {
        URI server = URI.create(url);
        if ("rediss".equals(server.getScheme())) {
            return skipped(requests, "redis-benchmark is not run against TLS servers");
        }
        List<String> command = command(server, requests);
        try {
            List<Rate> rates = new ArrayList<>(parse(run(command, "-d", String.valueOf(VALUE_BYTES), "-t", "set,get")));
            rates.addAll(parse(run(command, "EVALSHA", sha, "0")));
            return new Ceiling(CLIENTS, requests, rates, null);
        } catch (IOException e) {
            return skipped(requests, "redis-benchmark is not on the PATH (" + e.getMessage() + ")");
        } catch (IllegalStateException e) {
            return skipped(requests, e.getMessage());
        }
    }

    /** The rates in redis-benchmark's {@code -q} output, named by their command. */
    static List<Rate> parse(String output) {
        List<Rate> rates = new ArrayList<>();
        for (String line : output.split("[\r\n]+")) {
            Matcher m = RATE.matcher(line.trim());
            if (m.find()) {
                rates.add(new Rate(m.group(1), Double.parseDouble(m.group(2))));
            }
        }
        return rates;
    }

    private static Ceiling skipped(int requests, String note) {
        return new Ceiling(CLIENTS, requests, List.of(), note);
    }

    private static List<String> command(URI server, int requests) {
        List<String> command = new ArrayList<>(List.of("redis-benchmark", "-h", server.getHost(),
                "-p", String.valueOf(server.getPort() < 0 ? 6379 : server.getPort()),
                "-q", "-n", String.valueOf(requests), "-c", String.valueOf(CLIENTS)));
        String userInfo = server.getUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            if (colon > 0) {
                command.addAll(List.of("--user", userInfo.substring(0, colon)));
            }
            command.addAll(List.of("-a", userInfo.substring(colon + 1)));
        }
        String path = server.getPath();
        if (path != null && path.length() > 1) {
            command.addAll(List.of("--dbnum", path.substring(1)));
        }
        return command;
    }

    private static String run(List<String> command, String... test) throws IOException {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of(test));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0 || parse(output).isEmpty()) {
                throw new IllegalStateException("redis-benchmark failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while redis-benchmark ran", e);
        }
        return output;
    }
}
