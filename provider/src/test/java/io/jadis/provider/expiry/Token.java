package io.jadis.provider.expiry;

import io.jadis.api.TimeToLive;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.temporal.ChronoUnit;

/** Lives a fixed time from its creation; updates do not extend it. */
@Entity
@TimeToLive(value = 1, unit = ChronoUnit.MINUTES)
public class Token {
    @Id
    public String id;
    public int uses;

    public Token() {
    }

    public Token(String id) {
        this.id = id;
    }
}
