package io.jadis.provider.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Every kind of value users put in entities, for exact round trips. */
@Entity
public class Specimen {
    public enum Color { RED, GREEN, BLUE }

    public record Point(double x, double y) {
    }

    public record Shape(String name, Point origin, List<Point> corners) {
    }

    @Id
    public String id;
    public long maxLong;
    public long minLong;
    public long beyondDouble;
    public double tenth;
    public double tiny;
    public double huge;
    public float single;
    public BigDecimal decimal;
    public BigInteger bigInteger;
    public List<String> emptyList;
    public Map<String, Integer> emptyMap;
    public Shape shape;
    public Color color;
    public Set<Color> colors;
    public Instant instant;
    public ZonedDateTime zoned;
    public OffsetDateTime offset;
    public LocalDate date;
    public UUID uuid;
    public Optional<String> absent;
    public Optional<String> present;
    public byte[] bytes;
    public Map<String, String> oddKeys;
    public char letter;
    public Boolean nothing;
    public String text;
    public int[] numbers;
    public List<List<Integer>> matrix;
}
