package io.jadis.benchmarks.scenarios;

import io.jadis.provider.Jadis;

import java.time.Duration;
import java.util.List;

/**
 * The server and engine to measure: {@code -Djadis.url} (or {@code JADIS_URL}) and
 * {@code -Djadis.engine}; no URL means the embedded server.
 */
public record Server(String url, String engine) {
    public static final String NAMESPACE = "jadis-bench";
    // Concurrent saveAll callers wait behind each other's scripts far longer than Jadis' default 3 s.
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    public static Server fromEnvironment() {
        String url = System.getProperty("jadis.url", System.getenv("JADIS_URL"));
        return new Server(url == null || url.isBlank() ? null : url, System.getProperty("jadis.engine", "auto"));
    }

    public Jadis open() {
        return open(NAMESPACE);
    }

    /** Jadis on the server with its keys under {@code namespace}. */
    public Jadis open(String namespace) {
        return Jadis.builder().url(url).engine(engine).namespace(namespace).timeout(TIMEOUT).build();
    }

    /** The URL of the server {@code running} uses, with the credentials it was given. */
    public String connectionUrl(Jadis running) {
        return url == null ? running.address() : url;
    }

    /** The JVM arguments that make a forked benchmark open the server and engine {@code running} uses. */
    public List<String> forkArguments(Jadis running) {
        return List.of("-Djadis.url=" + connectionUrl(running), "-Djadis.engine=" + running.engine());
    }
}
