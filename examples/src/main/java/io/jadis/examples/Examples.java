package io.jadis.examples;

import io.jadis.examples.inventory.CheckoutDemo;
import io.jadis.examples.inventory.Inventory;
import io.jadis.examples.leaderboard.LeaderboardDemo;
import io.jadis.examples.leaderboard.Players;
import io.jadis.examples.shortener.ShortUrls;
import io.jadis.examples.shortener.ShortenerDemo;
import io.jadis.provider.Jadis;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Runs the three examples in one CDI (Weld SE) container: the URL shortener, the game leaderboard
 * and the inventory checkout. With no {@code jadis.url} / {@code JADIS_URL} set, Jadis starts an
 * embedded Redis. Their keys live under the namespace {@code jadis-examples} unless
 * {@code jadis.namespace} says otherwise, and each run starts by deleting the examples' entities
 * there. Optional arguments: number of clicks (100), games (2000), transfers (500), buyers (64).
 */
public final class Examples {
    private Examples() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        if (System.getProperty("jadis.namespace") == null && System.getenv("JADIS_NAMESPACE") == null) {
            System.setProperty("jadis.namespace", "jadis-examples");
        }
        int clicks = arg(args, 0, 100);
        int games = arg(args, 1, 2000);
        int transfers = arg(args, 2, 500);
        int buyers = arg(args, 3, 64);
        boolean hold;
        try (WeldContainer container = new Weld().initialize()) {
            Jadis jadis = container.select(Jadis.class).get();
            System.out.println("Jadis on " + jadis.address() + " (" + jadis.engine() + " engine)\n");
            container.select(ShortUrls.class).get().deleteEverything();
            container.select(Players.class).get().deleteEverything();
            container.select(Inventory.class).get().deleteEverything();
            hold = container.select(ShortenerDemo.class).get().run(clicks, System.out).holds()
                    & container.select(LeaderboardDemo.class).get().run(20, games, transfers, System.out).holds()
                    & container.select(CheckoutDemo.class).get().run(500, buyers, 10, System.out).holds();
        }
        if (!hold) {
            System.err.println("An invariant above did not hold");
            System.exit(1);
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
