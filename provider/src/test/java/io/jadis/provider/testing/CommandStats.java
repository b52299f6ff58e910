package io.jadis.provider.testing;

import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;

import java.util.Map;

/** Reads how often the server ran a command, to prove round-trip budgets with real numbers. */
public final class CommandStats {
    private CommandStats() {
    }

    public static long calls(RedissonClient client, String command) {
        Map<String, String> stats = client.getRedisNodes(RedisNodes.SINGLE).getInstance()
                .info(org.redisson.api.redisnode.RedisNode.InfoSection.COMMANDSTATS);
        // Module commands keep the case their module registered: RedisJSON's json.get, valkey-json's JSON.GET.
        String line = stats.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("cmdstat_" + command))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (line == null) {
            return 0;
        }
        for (String part : line.split(",")) {
            if (part.startsWith("calls=")) {
                return Long.parseLong(part.substring(6));
            }
        }
        return 0;
    }
}
