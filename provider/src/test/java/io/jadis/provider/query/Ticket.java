package io.jadis.provider.query;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class Ticket {
    public enum Priority { LOW, MEDIUM, HIGH, URGENT }

    @Id
    public String id;
    /** Stored by name, so ordered by name: HIGH, LOW, MEDIUM, URGENT. */
    @Enumerated(EnumType.STRING)
    public Priority priority;
    /** Ordered by ordinal: LOW, MEDIUM, HIGH, URGENT. */
    public Priority level;
    public int points;

    public Ticket() {
    }

    Ticket(String id, Priority priority) {
        this.id = id;
        this.priority = priority;
        this.level = priority;
    }
}
