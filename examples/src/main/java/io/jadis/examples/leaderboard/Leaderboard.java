package io.jadis.examples.leaderboard;

import io.jadis.api.Atomic;
import io.jadis.api.EntityLock;
import io.jadis.api.EntityLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * The leaderboard of the second article. A game result changes score, record, stats, achievements
 * and metadata in one atomic step; an item transfer between two players runs under both players'
 * locks, taken in one canonical order so that opposite transfers cannot deadlock.
 */
@ApplicationScoped
public class Leaderboard {
    @Inject
    Players players;

    @Inject
    Atomic atomic;

    @Inject
    EntityLocks locks;

    public Player join(String id, String username, int items) {
        return players.insert(new Player(id, username, items));
    }

    /** Records one game for a player, all of it in one atomic step. */
    public Player recordGame(String playerId, boolean won, int points) {
        var update = atomic.on(Player.class, playerId)
                .add("score", won ? points : -points)
                .add(won ? "wins" : "losses", 1)
                .add("stats.totalGames", 1)
                .add(won ? "stats.wins" : "stats.losses", 1)
                .put("metadata", "lastGame", Instant.now().toString())
                .put("metadata", "result", won ? "win" : "loss");
        if (won) {
            update.appendIfAbsent("achievements", Achievement.FIRST_WIN);
        }
        return update.apply();
    }

    /** Awards STREAK_10 to a player with at least ten wins, checked by the server in the same step. */
    public boolean awardTenWins(String playerId) {
        return atomic.on(Player.class, playerId).appendIfAbsent("achievements", Achievement.STREAK_10)
                .when("wins >= 10").tryApply().isPresent();
    }

    /** Awards TOP_PLAYER (once) to the leader. */
    public void crown(String playerId) {
        atomic.on(Player.class, playerId).appendIfAbsent("achievements", Achievement.TOP_PLAYER).apply();
    }

    /**
     * Moves items from one player to another under both players' locks.
     *
     * @return whether the sender had enough items
     */
    public boolean transfer(String from, String to, int count) {
        try (EntityLock lock = locks.lock(Player.class, from, to)) {
            Player sender = players.findById(from).orElseThrow();
            Player receiver = players.findById(to).orElseThrow();
            if (sender.items < count) {
                return false;
            }
            sender.items -= count;
            receiver.items += count;
            players.updateAll(List.of(sender, receiver));
            return true;
        }
    }

    public List<Player> top10() {
        return players.findFirst10ByOrderByScoreDescUsernameAsc();
    }

    public List<Player> everyone() {
        return players.findAll().toList();
    }
}
