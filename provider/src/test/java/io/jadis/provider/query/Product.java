package io.jadis.provider.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** A versioned entity for conditional updates. */
@Entity
public class Product {
    @Id
    public String id;
    public String name;
    public int stock;
    public BigDecimal price;
    public Double discount;
    @Version
    public long version;

    public Product() {
    }

    public Product(String id, String name, int stock, String price) {
        this.id = id;
        this.name = name;
        this.stock = stock;
        this.price = new BigDecimal(price);
    }
}
