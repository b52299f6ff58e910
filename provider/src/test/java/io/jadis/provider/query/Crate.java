package io.jadis.provider.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity reached only through a repository without a primary entity type. */
@Entity
public class Crate {
    @Id
    public String label;
    public int length;
    public int width;
    public int height;
    public double load;

    public Crate() {
    }

    public Crate(String label, int length, int width, int height) {
        this.label = label;
        this.length = length;
        this.width = width;
        this.height = height;
    }
}
