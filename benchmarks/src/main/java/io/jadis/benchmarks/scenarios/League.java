package io.jadis.benchmarks.scenarios;

import io.jadis.provider.Jadis;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code entities} players stored twice: by Jadis, which keeps its derived indexes on {@code score}
 * and {@code team} in the same step as each write, and by hand with Redisson, as a user who wants
 * the same queries without Jadis would keep them: a JSON string per player, a sorted set of scores
 * and a set of ids per team, all written in the same batch. Each team has {@value #TEAM_SIZE}
 * players whatever the size, so an equality query returns the same number of entities at every size.
 * The data stays on the server between runs (one namespace per size) and is only loaded when missing.
 */
@State(Scope.Benchmark)
public class League {
    static final int TEAM_SIZE = 50;
    private static final int CHUNK = 1_000;

    @Param("10000")
    public int entities;

    private Jadis running;
    private Players players;
    private RedissonClient client;
    private String rawPrefix;

    @Setup(Level.Trial)
    public void open() throws InterruptedException {
        running = Server.fromEnvironment().open(Server.NAMESPACE + "-league-" + entities);
        players = running.repository(Players.class);
        client = running.redisson();
        rawPrefix = "jadis-bench:redisson:league-" + entities + ":";
        if (players.countAll() != entities) {
            loadJadis();
        }
        if (client.getScoredSortedSet(rawPrefix + "scores", StringCodec.INSTANCE).size() != entities) {
            loadRaw();
        }
        if (!running.awaitIndexes(Duration.ofMinutes(10))) {
            throw new IllegalStateException("Jadis' indexes on Player were not built within 10 minutes");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        running.close();
    }

    public Players jadis() {
        return players;
    }

    public String anyTeam() {
        return team(ThreadLocalRandom.current().nextInt(entities));
    }

    /** The ten best players, from the sorted set and one {@code MGET}. */
    public List<Player> rawTop10() {
        return read(client.<String>getScoredSortedSet(rawPrefix + "scores", StringCodec.INSTANCE).valueRangeReversed(0, 9));
    }

    /** The players of a team, from its set and one {@code MGET}. */
    public List<Player> rawByTeam(String team) {
        return read(client.<String>getSet(rawPrefix + "team:" + team, StringCodec.INSTANCE).readAll());
    }

    private List<Player> read(Collection<String> ids) {
        Map<String, String> found = client.getBuckets(StringCodec.INSTANCE)
                .get(ids.stream().map(id -> rawPrefix + "player:" + id).toArray(String[]::new));
        List<Player> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            result.add(Json.read(found.get(rawPrefix + "player:" + id), Player.class));
        }
        return result;
    }

    private void loadJadis() {
        for (int start = 0; start < entities; start += CHUNK) {
            players.saveAll(chunk(start));
        }
    }

    private void loadRaw() {
        for (int start = 0; start < entities; start += CHUNK) {
            RBatch batch = client.createBatch();
            for (Player p : chunk(start)) {
                batch.<String>getBucket(rawPrefix + "player:" + p.id, StringCodec.INSTANCE).setAsync(Json.write(p));
                batch.<String>getScoredSortedSet(rawPrefix + "scores", StringCodec.INSTANCE).addAsync(p.score, p.id);
                batch.<String>getSet(rawPrefix + "team:" + p.team, StringCodec.INSTANCE).addAsync(p.id);
            }
            batch.execute();
        }
    }

    private List<Player> chunk(int start) {
        Map<String, Player> chunk = new LinkedHashMap<>();
        for (int n = start; n < Math.min(start + CHUNK, entities); n++) {
            Player p = new Player();
            p.id = "player-" + n;
            p.name = "Player number " + n;
            p.team = team(n);
            // Distinct for every n below 1,000,000,007, and spread so that the best are anywhere.
            p.score = (int) (n * 48_271L % 1_000_000_007L);
            chunk.put(p.id, p);
        }
        return new ArrayList<>(chunk.values());
    }

    private String team(int n) {
        return "team-" + n % (entities / TEAM_SIZE);
    }
}
