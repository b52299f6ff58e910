package io.jadis.provider.expiry;

import io.jadis.api.TimeToLive;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.temporal.ChronoUnit;

/** Lives one minute from its last access. */
@Entity
@TimeToLive(value = 1, unit = ChronoUnit.MINUTES, sliding = true)
public class Session {
    @Id
    public String id;
    public String user;

    public Session() {
    }

    public Session(String id, String user) {
        this.id = id;
        this.user = user;
    }
}
