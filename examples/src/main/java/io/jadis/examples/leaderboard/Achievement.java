package io.jadis.examples.leaderboard;

public enum Achievement {
    FIRST_WIN, STREAK_10, TOP_PLAYER
}
