package io.jadis.examples.leaderboard;

/** Game statistics, kept as one nested record inside the player's document. */
public record PlayerStats(int totalGames, int wins, int losses, double avgScore) {
    public static final PlayerStats NONE = new PlayerStats(0, 0, 0, 0.0);
}
