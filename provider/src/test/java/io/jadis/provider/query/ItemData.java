package io.jadis.provider.query;

import io.jadis.provider.query.Item.Size;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Eight items whose values are chosen so that every query of the suite has one exact answer.
 * <pre>
 * id name     code active flagged qty rank big          weight rating price   serial size   made       city  zip   note
 * 1  Apple    a    true   true    10  3    2^53+1       1.5    4.5    1.10    100    SMALL  2024-01-10 Paris 75001 fresh
 * 2  banana   b    false  null    0   1    2^53         2.0    3.0    0.25    200    MEDIUM 2024-02-20 Lyon  69001 null
 * 3  Cherry   c    true   false   25  2    2^53+2       0.5    5.0    12.00   300    LARGE  2023-12-31 Paris 75002 it's red
 * 4  date     d    true   null    5   5    -1           3.25   2.5    7.5     -5     SMALL  2024-03-01 Nice  06000 sweet
 * 5  Elder    E    false  true    40  4    Long.MAX     1.0    1.0    100.001 10^29+ MEDIUM 2022-06-15 Lyon  69002 null
 * 6  fig      f    true   false   15  2    0            2.5    4.0    3.3     0      LARGE  2024-01-01 (no address) fig tree 100%
 * 7  grape    g    true   true    0   6    42           0.75   3.5    0.10    7      MEDIUM 2023-07-04 Nice  06100 seedless
 * 8  Honeydew H    false  false   12  7    2^53+3       4.0    4.5    5.50    8      SMALL  2021-11-11 Paris 75003 melon_like
 * </pre>
 * Each item's stamp is noon UTC on the day it was made; only Cherry has an alias (Morello).
 */
final class ItemData {
    static final long TWO_53 = 9007199254740992L;

    private ItemData() {
    }

    static List<Item> items() {
        return List.of(
                item(1, "Apple", 'a', true, true, 10, 3, TWO_53 + 1, 1.5f, 4.5, "1.10", "100", Size.SMALL,
                        "2024-01-10", "Paris", "75001", "fresh"),
                item(2, "banana", 'b', false, null, 0, 1, TWO_53, 2.0f, 3.0, "0.25", "200", Size.MEDIUM,
                        "2024-02-20", "Lyon", "69001", null),
                item(3, "Cherry", 'c', true, false, 25, 2, TWO_53 + 2, 0.5f, 5.0, "12.00", "300", Size.LARGE,
                        "2023-12-31", "Paris", "75002", "it's red"),
                item(4, "date", 'd', true, null, 5, 5, -1, 3.25f, 2.5, "7.5", "-5", Size.SMALL,
                        "2024-03-01", "Nice", "06000", "sweet"),
                item(5, "Elder", 'E', false, true, 40, 4, Long.MAX_VALUE, 1.0f, 1.0, "100.001",
                        "123456789012345678901234567890", Size.MEDIUM, "2022-06-15", "Lyon", "69002", null),
                item(6, "fig", 'f', true, false, 15, 2, 0, 2.5f, 4.0, "3.3", "0", Size.LARGE,
                        "2024-01-01", null, null, "fig tree 100%"),
                item(7, "grape", 'g', true, true, 0, 6, 42, 0.75f, 3.5, "0.10", "7", Size.MEDIUM,
                        "2023-07-04", "Nice", "06100", "seedless"),
                item(8, "Honeydew", 'H', false, false, 12, 7, TWO_53 + 3, 4.0f, 4.5, "5.50", "8", Size.SMALL,
                        "2021-11-11", "Paris", "75003", "melon_like"));
    }

    static Item item(long id, String name, char code, boolean active, Boolean flagged, int quantity, int rank,
                     long big, float weight, double rating, String price, String serial, Size size, String made,
                     String city, String zip, String note) {
        Item i = new Item();
        i.id = id;
        i.name = name;
        i.code = code;
        i.active = active;
        i.flagged = flagged;
        i.quantity = quantity;
        i.rank = (short) rank;
        i.big = big;
        i.weight = weight;
        i.rating = rating;
        i.price = new BigDecimal(price);
        i.serial = new BigInteger(serial);
        i.size = size;
        i.made = LocalDate.parse(made);
        i.stamp = i.made.atTime(12, 0).toInstant(ZoneOffset.UTC);
        i.address = city == null ? null : new Address(city, zip);
        i.note = note;
        i.alias = id == 3 ? Optional.of("Morello") : Optional.empty();
        return i;
    }

    /** The ids of items in the order given. */
    static List<Long> ids(Collection<Item> items) {
        return ids(items.stream());
    }

    static List<Long> ids(Item[] items) {
        return ids(Stream.of(items));
    }

    static List<Long> ids(Stream<Item> items) {
        List<Long> out = new ArrayList<>();
        items.forEach(i -> out.add(i.id));
        return out;
    }

    /** The ids of items in ascending order, for queries without a defined order. */
    static List<Long> sortedIds(Collection<Item> items) {
        return items.stream().map(i -> i.id).sorted().toList();
    }
}
