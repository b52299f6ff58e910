package io.jadis.provider.query;

import io.jadis.provider.query.Item.Size;
import io.jadis.provider.testing.JadisTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import static io.jadis.provider.query.ItemData.TWO_53;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Deletes by method name and JDQL, whose conditions the server evaluates per entity: each removes
 * exactly the entities the same condition finds in Java (see {@link MethodNameQueryContract} and
 * {@link JdqlContract}), on every engine.
 */
abstract class ServerConditionContract extends JadisTest {
    Items items;
    ItemDeletes deletes;

    @BeforeEach
    void repositories() {
        items = jadis.repository(Items.class);
        deletes = jadis.repository(ItemDeletes.class);
    }

    private void removes(List<Long> expected, LongSupplier delete) {
        items.saveAll(ItemData.items());
        long deleted = delete.getAsLong();
        List<Long> remaining = new ArrayList<>(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
        remaining.removeAll(expected);
        assertEquals(remaining, items.findAll().map(i -> i.id).sorted().toList());
        assertEquals(expected.size(), deleted);
    }

    @Test
    void equalityComparisonsAndNegationsMatchAsInJava() {
        removes(List.of(1L, 2L, 4L, 5L, 6L, 7L, 8L), () -> deletes.deleteByNameNot("Cherry"));
        removes(List.of(2L, 3L, 5L, 6L, 7L), () -> deletes.deleteByQuantityNotBetween(5, 12));
        removes(List.of(1L, 2L, 3L, 6L), () -> deletes.deleteByRankNotGreaterThan((short) 3));
        removes(List.of(2L, 4L), () -> deletes.deleteByIdIn(List.of(2L, 4L, 99L)));
        removes(List.of(1L, 2L, 5L, 8L), () -> deletes.deleteByActiveFalseOrSizeAndQuantityGreaterThan(Size.SMALL, 5));
    }

    @Test
    void nullsNeverSatisfyAComparison() {
        removes(List.of(2L, 5L), deletes::deleteByNoteNull);
        removes(List.of(3L, 6L, 8L), deletes::deleteByFlaggedNotTrue);
        removes(List.of(3L, 6L, 8L), deletes::deleteByFlaggedFalse);
        removes(List.of(4L, 7L, 8L), () -> deletes.deleteByNoteNotContains("r"));
        removes(List.of(1L, 3L, 5L, 6L, 8L), deletes::deleteNotSmallActiveButFlaggedOrNot);
    }

    @Test
    void textMatchesAsInJava() {
        removes(List.of(2L, 4L), () -> deletes.deleteByNameLike("_a%"));
        removes(List.of(2L, 6L), () -> deletes.deleteByNameNotLike("%e%"));
        removes(List.of(6L), () -> deletes.deleteByNoteContains("%"));
        removes(List.of(4L, 7L), () -> deletes.deleteByNoteStartsWith("s"));
        removes(List.of(8L), () -> deletes.deleteByNoteEndsWith("_like"));
        removes(List.of(3L), () -> deletes.deleteByNameIgnoreCase("cHeRrY"));
        removes(List.of(2L, 6L), () -> deletes.deleteByNameIgnoreCaseNotLike("%E%"));
        removes(List.of(3L, 7L), deletes::deleteQuotedOrCodes);
    }

    @Test
    void embeddedAttributesAreReadOnTheServer() {
        removes(List.of(2L, 5L), () -> deletes.deleteByAddressCity("Lyon"));
        removes(List.of(6L), deletes::deleteByAddress_CityNull);
        removes(List.of(4L, 7L), () -> deletes.deleteByZip("06%"));
    }

    @Test
    void enumsAndCharactersCompareAsInJava() {
        removes(List.of(2L, 3L, 5L, 6L, 7L), () -> deletes.deleteBySizeGreaterThan(Size.SMALL));
        removes(List.of(1L, 2L, 4L, 5L, 7L, 8L), () -> deletes.deleteBySizeLessThanEqual(Size.MEDIUM));
        removes(List.of(3L, 6L), () -> deletes.deleteBySizeNotIn(Set.of(Size.SMALL, Size.MEDIUM)));
        removes(List.of(4L, 6L, 8L), deletes::deleteNotMediumNorFirst);
        removes(List.of(7L), () -> deletes.deleteByCodeGreaterThan('f'));
        removes(List.of(5L, 8L), () -> deletes.deleteByCodeLessThan('a'));
    }

    @Test
    void numbersCompareExactlyOnTheServer() {
        removes(List.of(3L, 5L), () -> deletes.deleteByPriceGreaterThan(new BigDecimal("7.50")));
        removes(List.of(4L), () -> deletes.deleteByPrice(new BigDecimal("7.50")));
        removes(List.of(1L), () -> deletes.deleteByBig(TWO_53 + 1));
        removes(List.of(3L, 5L, 8L), () -> deletes.deleteByBigGreaterThan(TWO_53 + 1));
        removes(List.of(5L), () -> deletes.deleteBySerialGreaterThan(new BigInteger("300")));
        removes(List.of(3L, 7L), () -> deletes.deleteByWeightLessThan(1.0f));
        removes(List.of(4L), () -> deletes.deleteByWeight(3.25f));
        removes(List.of(1L, 8L), () -> deletes.deleteByRating(4.5));
        removes(List.of(1L, 2L, 3L, 4L, 6L, 8L), deletes::deleteRatedOrHeavy);
        removes(List.of(1L, 2L, 3L, 7L), deletes::deleteBigBetween);
        removes(List.of(2L, 7L), deletes::deleteCheaperThanAnApple);
    }

    @Test
    void datesAndInstantsCompareInTimeOrderOnTheServer() {
        removes(List.of(5L, 8L), () -> deletes.deleteByMadeLessThan(LocalDate.of(2023, 1, 1)));
        removes(List.of(1L, 2L, 4L), () -> deletes.deleteByStampGreaterThanEqual(Instant.parse("2024-01-10T12:00:00Z")));
    }

    @Test
    void functionsAndArithmeticComputeOnTheServer() {
        removes(List.of(1L, 2L, 3L, 4L, 5L, 7L), () -> deletes.deleteByLengthOrUpper(5));
        removes(List.of(1L, 7L, 8L), deletes::deleteByTextFunctions);
        removes(List.of(1L, 5L, 8L), () -> deletes.deleteByArithmetic(20));
        removes(List.of(3L, 5L), () -> deletes.deleteByPriceTimes(new BigDecimal("2"), new BigDecimal("20")));
    }
}
