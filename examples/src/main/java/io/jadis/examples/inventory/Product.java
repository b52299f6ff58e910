package io.jadis.examples.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;

/** A product with limited stock. */
@Entity
public class Product {
    @Id
    public String sku;
    public String name;
    public BigDecimal price;
    public int stock;
    public int sold;

    public Product() {
    }

    public Product(String sku, String name, BigDecimal price, int stock) {
        this.sku = sku;
        this.name = name;
        this.price = price;
        this.stock = stock;
    }
}
