package io.jadis.provider.index;

import io.jadis.api.Indexed;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
public class Gamer {
    public enum Tier { BRONZE, SILVER, GOLD }

    @Embeddable
    public static class Home {
        public String city;

        public Home() {
        }

        public Home(String city) {
            this.city = city;
        }
    }

    @Id
    public String id;
    @Indexed(ignoreCase = true)
    public String name;
    public long score;
    public Integer level;
    public BigDecimal wallet;
    public Tier tier;
    public boolean active;
    public Instant joined;
    @Embedded
    public Home home;

    public Gamer() {
    }

    public Gamer(String id, String name, long score, Integer level, String wallet, Tier tier, boolean active,
                 Instant joined, String city) {
        this.id = id;
        this.name = name;
        this.score = score;
        this.level = level;
        this.wallet = wallet == null ? null : new BigDecimal(wallet);
        this.tier = tier;
        this.active = active;
        this.joined = joined;
        this.home = city == null ? null : new Home(city);
    }

    @Override
    public String toString() {
        return id;
    }
}
