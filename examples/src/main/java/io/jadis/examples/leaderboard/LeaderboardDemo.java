package io.jadis.examples.leaderboard;

import io.jadis.examples.Concurrently;
import io.jadis.examples.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.PrintStream;
import java.util.List;
import java.util.Random;

/** Plays games and item transfers concurrently, then prints the leaderboard and the invariants. */
@ApplicationScoped
public class LeaderboardDemo {
    private static final int ITEMS_EACH = 100;

    @Inject
    Leaderboard board;

    /** What the simulation did and what the store says afterwards. */
    public record Outcome(int games, long gamesRecorded, int itemsBefore, long itemsAfter, int transfers,
                          long transfersDone, List<Player> top10) {
        /** Every game recorded, every item still in play. */
        public boolean holds() {
            return gamesRecorded == games && itemsAfter == itemsBefore;
        }
    }

    public Outcome run(int playerCount, int games, int transfers, PrintStream out) {
        out.println("Game leaderboard: " + playerCount + " players, " + games + " games and " + transfers
                + " item transfers, all concurrent");
        for (int i = 0; i < playerCount; i++) {
            board.join("p" + i, "player-" + i, ITEMS_EACH);
        }
        Random seed = new Random(42);
        int[][] plan = new int[games + transfers][3];
        for (int[] step : plan) {
            step[0] = seed.nextInt(playerCount);
            step[1] = seed.nextInt(playerCount - 1);
            step[2] = seed.nextInt(100);
        }
        List<Boolean> outcomes = Concurrently.run(games + transfers, 32, i -> () -> {
            int[] step = plan[i];
            if (i < games) {
                board.recordGame("p" + step[0], step[2] % 2 == 0, 10 + step[2]);
                return false;
            }
            int other = step[1] >= step[0] ? step[1] + 1 : step[1];
            return board.transfer("p" + step[0], "p" + other, 1 + step[2] % 5);
        });
        for (int i = 0; i < playerCount; i++) {
            board.awardTenWins("p" + i);
        }
        List<Player> everyone = board.everyone();
        long recorded = everyone.stream().mapToLong(p -> p.wins + p.losses).sum();
        long items = everyone.stream().mapToLong(p -> p.items).sum();
        List<Player> top = board.top10();
        if (!top.isEmpty()) {
            board.crown(top.get(0).id);
            top = board.top10();
        }
        Table table = new Table("#", "player", "score", "wins", "losses", "items", "achievements");
        for (int i = 0; i < top.size(); i++) {
            Player p = top.get(i);
            table.row(i + 1, p.username, p.score, p.wins, p.losses, p.items, p.achievements);
        }
        out.print(table);
        long done = outcomes.stream().filter(b -> b).count();
        out.print(new Table("invariant", "expected", "actual")
                .row("games recorded (wins + losses)", games, recorded)
                .row("items in play (conserved)", playerCount * ITEMS_EACH, items)
                .row("transfers made / refused", transfers, done + " / " + (transfers - done)));
        out.println();
        return new Outcome(games, recorded, playerCount * ITEMS_EACH, items, transfers, done, top);
    }
}
