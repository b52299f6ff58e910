package io.jadis.benchmarks.scenarios;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.springframework.data.redis.core.RedisHash;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A catalogue item of about 1 KB as JSON: what every contender stores and reads. The Spring
 * annotations are for {@link SpringData}; Jadis ignores them.
 */
@Entity
@RedisHash("jadis-bench:spring:item")
public class Item {
    public record Dimensions(double width, double height, double depth, String unit) {
    }

    @Id
    @org.springframework.data.annotation.Id
    public String id;
    public String name;
    public String description;
    public String category;
    public String brand;
    public String sku;
    public BigDecimal price;
    public int stock;
    public double rating;
    public boolean active;
    public Instant createdAt;
    public List<String> tags;
    public Map<String, String> attributes;
    public Dimensions dimensions;
}
