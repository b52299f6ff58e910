package io.jadis.provider.query;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/** A NoSQL entity: only its @Id and @Column attributes are persistent. */
@Entity
public class Gadget {
    @Id
    public String id;
    @Column
    public String name;
    @Column
    public double price;
    public double surcharge;

    public Gadget() {
    }

    public Gadget(String id, String name, double price) {
        this.id = id;
        this.name = name;
        this.price = price;
    }
}
