package io.jadis.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jadis.benchmarks.harness.Ceiling;
import io.jadis.benchmarks.harness.Harness;
import io.jadis.benchmarks.harness.Measurement;
import io.jadis.benchmarks.harness.Profile;
import io.jadis.benchmarks.harness.Report;
import io.jadis.benchmarks.harness.RunInfo;
import io.jadis.benchmarks.scenarios.Catalog;
import io.jadis.benchmarks.scenarios.RawRedisson;
import io.jadis.benchmarks.scenarios.Server;
import io.jadis.provider.Jadis;
import org.redisson.api.redisnode.RedisNode;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.client.codec.StringCodec;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Measures Jadis against its baselines on one server and writes {@code results.md} and
 * {@code results.json} next to the benchmarks jar. Settings: {@code -Dprofile=quick|full},
 * {@code -Djadis.url} (or {@code JADIS_URL}), {@code -Djadis.engine}, {@code -Dscenarios=<regex>}.
 */
public final class Main {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Profile profile = Profile.named(System.getProperty("profile", "quick"));
        Server server = Server.fromEnvironment();
        try (Jadis jadis = server.open()) {
            RunInfo run = describe(profile, server, jadis);
            System.out.printf("Jadis benchmarks (%s profile): %s engine on %s at %s%n",
                    profile.name(), run.engine(), run.serverVersion(), run.server());
            Ceiling ceiling = Ceiling.measure(server.connectionUrl(jadis), profile.ceilingRequests(),
                    jadis.redisson().getScript(StringCodec.INSTANCE).scriptLoad("return 1"));
            List<Measurement> measurements = new Harness(profile, server.forkArguments(jadis), System.out)
                    .run(System.getProperty("scenarios", "."));
            write(Report.of(run, measurements, ceiling));
        }
    }

    private static RunInfo describe(Profile profile, Server server, Jadis jadis) throws IOException {
        Map<String, String> info = jadis.redisson().getRedisNodes(RedisNodes.SINGLE).getInstance()
                .info(RedisNode.InfoSection.SERVER);
        // Valkey reports the Redis version it is compatible with as redis_version, and its own beside it.
        String version = info.containsKey("valkey_version") ? "Valkey " + info.get("valkey_version")
                : "Redis " + info.get("redis_version");
        int entityBytes = RawRedisson.MAPPER.writeValueAsBytes(Catalog.items(1).get(0)).length;
        String date = ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new RunInfo(date, profile.name(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), jadis.engine(), jadis.address(),
                server.url() == null, version, entityBytes, profile.forks(), profile.warmups(), profile.iterations(),
                profile.iterationTime().toMillis() / 1000.0);
    }

    private static void write(Report report) throws IOException, URISyntaxException {
        String markdown = report.markdown();
        System.out.println();
        System.out.print(markdown);
        Path dir = outputDirectory();
        Files.writeString(dir.resolve("results.md"), markdown, StandardCharsets.UTF_8);
        JSON.writeValue(dir.resolve("results.json").toFile(), report);
        System.out.println("\nWrote " + dir.resolve("results.md") + " and " + dir.resolve("results.json"));
    }

    /** {@code -Dresults=<dir>}, else the folder of the benchmarks jar: {@code benchmarks/target}. */
    private static Path outputDirectory() throws URISyntaxException, IOException {
        String configured = System.getProperty("results");
        Path dir = configured != null ? Path.of(configured)
                : Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        return Files.createDirectories(dir);
    }
}
