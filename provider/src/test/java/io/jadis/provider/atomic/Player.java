package io.jadis.provider.atomic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Entity
public class Player {
    public enum Achievement { FIRST_WIN, STREAK_10, TOP_PLAYER }

    public record Stats(int totalGames, int wins, double avgScore) {
    }

    @Id
    public String id;
    public String username;
    public long score;
    public int wins;
    public short level;
    public double rating;
    public BigDecimal balance = BigDecimal.ZERO;
    public boolean active;
    public List<Achievement> achievements = new ArrayList<>();
    public List<String> log = new ArrayList<>();
    public Stats stats = new Stats(0, 0, 0.0);
    public Map<String, String> metadata = new LinkedHashMap<>();
    public List<Integer> numbers;
    @Version
    public long version;

    public Player() {
    }

    public Player(String id, String username) {
        this.id = id;
        this.username = username;
    }
}
