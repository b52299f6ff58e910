package io.jadis.examples.leaderboard;

import io.jadis.api.KeyPrefix;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A player of the second article: score, record, achievements, stats, metadata and items. */
@Entity
@KeyPrefix("player")
public class Player {
    @Id
    public String id;
    public String username;
    public long score;
    public int wins;
    public int losses;
    public List<Achievement> achievements = new ArrayList<>();
    public PlayerStats stats = PlayerStats.NONE;
    public Map<String, String> metadata = new LinkedHashMap<>();
    public int items;
    @Version
    public long version;

    public Player() {
    }

    public Player(String id, String username, int items) {
        this.id = id;
        this.username = username;
        this.items = items;
    }
}
