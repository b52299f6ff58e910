package io.jadis.provider.query;

import io.jadis.provider.query.Item.Size;
import io.jadis.provider.testing.JadisTest;
import jakarta.data.exceptions.EmptyResultException;
import jakarta.data.exceptions.NonUniqueResultException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.jadis.provider.query.ItemData.ids;
import static io.jadis.provider.query.ItemData.sortedIds;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every return type of query methods, on every engine. */
abstract class ResultTypeContract extends JadisTest {
    ItemResults results;

    @BeforeEach
    void data() {
        jadis.repository(Items.class).saveAll(ItemData.items());
        results = jadis.repository(ItemResults.class);
        indexesBuilt();
    }

    @Test
    void listsCollectionsStreamsAndArraysHoldEveryMatch() {
        assertEquals(List.of(1L, 3L, 4L, 6L, 7L), sortedIds(results.findByActiveTrue()));
        assertEquals(List.of(1L, 5L, 7L), sortedIds(results.findByFlaggedTrue()));
        try (Stream<Item> inactive = results.findByActiveFalse()) {
            assertEquals(List.of(2L, 5L, 8L), inactive.map(i -> i.id).sorted().toList());
        }
        assertEquals(List.of(3L, 6L), ids(results.findBySize(Size.LARGE)).stream().sorted().toList());
        assertEquals(0, results.findBySize(null).length);
    }

    @Test
    void optionalsHoldTheOnlyMatchOrNothingAndRejectSeveral() {
        assertEquals(6L, results.findByName("fig").orElseThrow().id);
        assertTrue(results.findByName("kiwi").isEmpty());
        assertThrows(NonUniqueResultException.class, () -> results.findByAddressCity("Paris"));
    }

    @Test
    void aSingleEntityResultNeedsExactlyOneMatch() {
        assertEquals(4L, results.findByCode('d').id);
        assertThrows(EmptyResultException.class, () -> results.findByCode('z'));
        assertThrows(NonUniqueResultException.class, () -> results.findByRank((short) 2));
    }

    @Test
    void charactersMatchOneCharacterStrings() {
        assertEquals(List.of(1L, 5L), sortedIds(results.findByCodeIn(List.of("a", "E", "zz"))));
    }

    @Test
    void countsComeAsLongIntOrLong() {
        assertEquals(5L, results.countByActiveTrue());
        assertEquals(3, results.countByActiveFalse());
        assertEquals(2L, results.countByFlaggedNull());
    }

    @Test
    void existsComesAsBooleanOrBoolean() {
        assertTrue(results.existsByCode('E'));
        assertFalse(results.existsByCode('e'));
        assertEquals(Boolean.TRUE, results.existsByNameIgnoreCase("ELDER"));
    }

    @Test
    void voidDeletesReturnNothing() {
        results.deleteByCode('E');
        assertEquals(2, results.countByActiveFalse());
    }

    @Test
    void optionalAttributesStandForTheirContent() {
        assertEquals(List.of(3L), ids(results.findByAlias("Morello")));
        assertEquals(7, results.countByAliasNull());
        assertEquals("Morello", results.aliasOf(3).orElseThrow());
        assertTrue(results.aliasOf(4).isEmpty());
        assertTrue(results.rename(4, "Medjool"));
        assertEquals(List.of(4L), ids(results.findByAlias("Medjool")));
        assertTrue(results.rename(3, null));
        assertEquals(7, results.countByAliasNull());
    }

    @Test
    void projectionsComeInEveryContainer() {
        assertArrayEquals(new String[] {"date", "Honeydew", "Apple"}, results.smallNames());
        assertArrayEquals(new long[] {8, 7, 6, 5, 4, 3, 2, 1}, results.allIds());
        assertEquals(List.of(0.5f, 0.75f), new ArrayList<>(results.lightWeights()));
        assertEquals(LocalDate.of(2023, 7, 4), results.madeOn(7).orElseThrow());
        assertEquals("Nice", results.addressOf(4).city);
        assertEquals("06000", results.addressOf(4).zip);
    }
}
