package io.jadis.provider.query;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An entity with an attribute of every kind queries compare. */
@Entity
public class Item {
    public enum Size { SMALL, MEDIUM, LARGE }

    @Id
    public long id;
    public String name;
    public char code;
    public boolean active;
    public Boolean flagged;
    public int quantity;
    public short rank;
    public long big;
    public float weight;
    public double rating;
    public BigDecimal price;
    public BigInteger serial;
    public Size size;
    public LocalDate made;
    public Instant stamp;
    @Embedded
    public Address address;
    public String note;
    public Optional<String> alias = Optional.empty();

    public Item() {
    }

    @Override
    public String toString() {
        return "Item" + id;
    }
}
