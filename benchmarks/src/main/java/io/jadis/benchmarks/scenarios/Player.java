package io.jadis.benchmarks.scenarios;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A leaderboard entry: small, so that the query scenarios measure finding entities, not moving bytes. */
@Entity
public class Player {
    @Id
    public String id;
    public String name;
    public String team;
    public int score;
}
