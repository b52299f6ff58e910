package io.jadis.benchmarks.scenarios;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deterministic {@link Item}s, so that every run and every contender stores the same data. */
public final class Catalog {
    private static final String DESCRIPTION = "A sturdy, well-made item for everyday use. ".repeat(12);
    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

    private Catalog() {
    }

    /** Items {@code item-0} to {@code item-(count-1)}. */
    public static List<Item> items(int count) {
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(item(i));
        }
        return items;
    }

    private static Item item(int n) {
        Item item = new Item();
        item.id = "item-" + n;
        item.name = "Item number " + n;
        item.description = DESCRIPTION;
        item.category = "category-" + n % 17;
        item.brand = "brand-" + n % 5;
        item.sku = "SKU-" + (1_000_000 + n);
        item.price = BigDecimal.valueOf(100 + n % 9_900, 2);
        item.stock = n % 250;
        item.rating = (n % 50) / 10.0;
        item.active = n % 3 != 0;
        item.createdAt = EPOCH.plusSeconds(n);
        item.tags = tags(n);
        item.attributes = attributes(n);
        item.dimensions = new Item.Dimensions(10 + n % 7, 20 + n % 11, 5 + n % 3, "cm");
        return item;
    }

    private static List<String> tags(int n) {
        List<String> tags = new ArrayList<>(10);
        for (int t = 0; t < 10; t++) {
            tags.add("tag-" + (n + t) % 100);
        }
        return tags;
    }

    private static Map<String, String> attributes(int n) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("color", "color-" + n % 12);
        attributes.put("material", "material-" + n % 6);
        attributes.put("origin", "country-" + n % 40);
        attributes.put("warranty", n % 4 + " years");
        attributes.put("season", "season-" + n % 4);
        return attributes;
    }
}
