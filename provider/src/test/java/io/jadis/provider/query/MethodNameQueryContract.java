package io.jadis.provider.query;

import io.jadis.provider.query.Item.Size;
import io.jadis.provider.testing.JadisTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.jadis.provider.query.ItemData.TWO_53;
import static io.jadis.provider.query.ItemData.ids;
import static io.jadis.provider.query.ItemData.sortedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Query by method name, every keyword of Jakarta Data 1.0, on every engine. */
abstract class MethodNameQueryContract extends JadisTest {
    Items items;

    @BeforeEach
    void data() {
        items = jadis.repository(Items.class);
        items.saveAll(ItemData.items());
        indexesBuilt();
    }

    @Test
    void aPropertyWithoutOperatorMeansEquality() {
        assertEquals(List.of(3L), ids(items.findByName("Cherry")));
        assertEquals(List.of(1L, 2L, 4L, 5L, 6L, 7L, 8L), sortedIds(items.findByNameNot("Cherry")));
    }

    @Test
    void comparisonsSelectExactlyTheirRange() {
        assertEquals(List.of(2L, 4L, 7L), sortedIds(items.findByQuantityLessThan(10)));
        assertEquals(List.of(1L, 2L, 4L, 7L), sortedIds(items.findByQuantityLessThanEqual(10)));
        assertEquals(List.of(3L, 5L), sortedIds(items.findByQuantityGreaterThan(15)));
        assertEquals(List.of(3L, 5L, 6L), sortedIds(items.findByQuantityGreaterThanEqual(15)));
    }

    @Test
    void betweenIsInclusiveAndNotBetweenIsItsComplement() {
        assertEquals(List.of(1L, 4L, 8L), sortedIds(items.findByQuantityBetween(5, 12)));
        assertEquals(List.of(2L, 3L, 5L, 6L, 7L), sortedIds(items.findByQuantityNotBetween(5, 12)));
    }

    @Test
    void notNegatesAComparison() {
        assertEquals(List.of(1L, 2L, 3L, 6L), sortedIds(items.findByRankNotGreaterThan((short) 3)));
    }

    @Test
    void inTakesACollectionOfValues() {
        assertEquals(List.of(2L, 4L), sortedIds(items.findByIdIn(List.of(2L, 4L, 99L))));
        assertEquals(List.of(3L, 6L), sortedIds(items.findBySizeIn(Set.of(Size.LARGE))));
        assertEquals(List.of(3L, 6L), sortedIds(items.findBySizeNotIn(List.of(Size.SMALL, Size.MEDIUM))));
        assertEquals(List.of(), items.findByIdIn(List.of()));
    }

    @Test
    void nullAndNotNullTestForAbsentValues() {
        assertEquals(List.of(2L, 5L), sortedIds(items.findByNoteNull()));
        assertEquals(List.of(1L, 3L, 4L, 6L, 7L, 8L), sortedIds(items.findByNoteNotNull()));
        assertEquals(List.of(2L, 4L), sortedIds(items.findByFlaggedNull()));
    }

    @Test
    void trueAndFalseNeverMatchANullBoolean() {
        assertEquals(List.of(1L, 3L, 4L, 6L, 7L), sortedIds(items.findByActiveTrue()));
        assertEquals(List.of(2L, 5L, 8L), sortedIds(items.findByActiveFalse()));
        assertEquals(List.of(1L, 5L, 7L), sortedIds(items.findByFlaggedTrue()));
        assertEquals(List.of(3L, 6L, 8L), sortedIds(items.findByFlaggedFalse()));
        assertEquals(List.of(3L, 6L, 8L), sortedIds(items.findByFlaggedNotTrue()));
    }

    @Test
    void likeMatchesPercentAndUnderscoreWildcards() {
        assertEquals(List.of(1L, 3L, 4L, 5L, 7L, 8L), sortedIds(items.findByNameLike("%e%")));
        assertEquals(List.of(2L, 4L), sortedIds(items.findByNameLike("_a%")));
        assertEquals(List.of(2L, 6L), sortedIds(items.findByNameNotLike("%e%")));
    }

    @Test
    void containsStartsWithAndEndsWithMatchTheirArgumentLiterally() {
        assertEquals(List.of(6L), sortedIds(items.findByNoteContains("%")));
        assertEquals(List.of(4L, 7L, 8L), sortedIds(items.findByNoteNotContains("r")));
        assertEquals(List.of(4L, 7L), sortedIds(items.findByNoteStartsWith("s")));
        assertEquals(List.of(8L), sortedIds(items.findByNoteEndsWith("_like")));
        assertEquals(List.of(), items.findByNoteEndsWith("e%"));
    }

    @Test
    void ignoreCaseAppliesToTheConditionItFollows() {
        assertEquals(List.of(3L), ids(items.findByNameIgnoreCase("cHeRrY")));
        assertEquals(List.of(), items.findByName("cherry"));
        assertEquals(List.of(8L), ids(items.findByNameIgnoreCaseStartsWith("h")));
        assertEquals(List.of(2L, 6L), sortedIds(items.findByNameIgnoreCaseNotLike("%E%")));
    }

    @Test
    void andBindsTighterThanOr() {
        assertEquals(List.of(3L, 6L), sortedIds(items.findByActiveTrueAndQuantityGreaterThan(10)));
        assertEquals(List.of(2L, 3L, 6L, 7L), sortedIds(items.findBySizeOrQuantity(Size.LARGE, 0)));
        assertEquals(List.of(1L, 2L, 5L, 8L),
                sortedIds(items.findByActiveFalseOrSizeAndQuantityGreaterThan(Size.SMALL, 5)));
    }

    @Test
    void embeddedAttributesResolveWithAndWithoutTheDelimiter() {
        assertEquals(List.of(1L, 3L, 8L), sortedIds(items.findByAddress_City("Paris")));
        assertEquals(List.of(2L, 5L), sortedIds(items.findByAddressCity("Lyon")));
        assertEquals(List.of(4L, 7L), sortedIds(items.findByAddressZipStartsWith("06")));
        assertEquals(List.of(6L), sortedIds(items.findByAddress_CityNull()));
        assertEquals(7, items.countByAddressCityNotNull());
    }

    @Test
    void enumsCompareByOrdinal() {
        assertEquals(List.of(2L, 3L, 5L, 6L, 7L), sortedIds(items.findBySizeGreaterThan(Size.SMALL)));
        assertEquals(List.of(1L, 2L, 4L, 5L, 7L, 8L), sortedIds(items.findBySizeLessThanEqual(Size.MEDIUM)));
        assertEquals(List.of(3L, 6L, 2L, 5L, 7L, 1L, 4L, 8L), ids(items.findByIdGreaterThanOrderBySizeDescIdAsc(0)));
    }

    @Test
    void charactersCompareAsJavaOrdersThem() {
        assertEquals(List.of(7L), ids(items.findByCodeGreaterThan('f')));
        assertEquals(List.of(5L, 8L), sortedIds(items.findByCodeLessThan('a')));
        assertEquals(List.of(5L), ids(items.findByCode('E')));
        assertEquals(List.of(5L, 8L, 1L, 2L, 3L, 4L, 6L, 7L), ids(items.findByIdLessThanOrderByCodeAsc(100)));
    }

    @Test
    void bigDecimalsCompareByValueWhateverTheirScale() {
        assertEquals(List.of(3L, 5L), sortedIds(items.findByPriceGreaterThan(new BigDecimal("7.50"))));
        assertEquals(List.of(4L), ids(items.findByPrice(new BigDecimal("7.50"))));
        assertEquals(List.of(1L, 2L, 7L),
                sortedIds(items.findByPriceBetween(new BigDecimal("0.1"), new BigDecimal("1.1"))));
    }

    @Test
    void longsBeyondTwoToThe53CompareExactly() {
        assertEquals(List.of(1L), ids(items.findByBig(TWO_53 + 1)));
        assertEquals(List.of(3L, 5L, 8L), sortedIds(items.findByBigGreaterThan(TWO_53 + 1)));
        assertEquals(List.of(1L, 2L, 3L), sortedIds(items.findByBigBetween(TWO_53, TWO_53 + 2)));
        assertEquals(List.of(5L), ids(items.findByBig(Long.MAX_VALUE)));
    }

    @Test
    void bigIntegersCompareExactly() {
        assertEquals(List.of(5L), ids(items.findBySerialGreaterThan(new BigInteger("300"))));
        assertEquals(List.of(4L), ids(items.findBySerialLessThan(BigInteger.ZERO)));
    }

    @Test
    void floatsDoublesAndShortsCompareNumerically() {
        assertEquals(List.of(3L, 7L), sortedIds(items.findByWeightLessThan(1.0f)));
        assertEquals(List.of(4L), ids(items.findByWeight(3.25f)));
        assertEquals(List.of(1L, 8L), sortedIds(items.findByRating(4.5)));
        assertEquals(List.of(3L, 6L), sortedIds(items.findByRank((short) 2)));
    }

    @Test
    void datesAndInstantsCompareInTimeOrder() {
        assertEquals(List.of(5L, 8L), sortedIds(items.findByMadeLessThan(LocalDate.of(2023, 1, 1))));
        assertEquals(List.of(1L, 6L),
                sortedIds(items.findByMadeBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31))));
        assertEquals(List.of(1L, 2L, 4L),
                sortedIds(items.findByStampGreaterThanEqual(Instant.parse("2024-01-10T12:00:00Z"))));
    }

    @Test
    void firstReturnsTheLeadingResultsOfTheOrder() {
        assertEquals(5L, items.findFirstByOrderByPriceDesc().orElseThrow().id);
        assertEquals(2L, items.findFirstByActiveFalseOrderByQuantityAsc().id);
        assertEquals(List.of(3L, 1L, 6L), ids(items.findFirst3ByActiveTrueOrderByRatingDesc()));
    }

    @Test
    void orderByAppliesItsItemsInTurn() {
        assertEquals(List.of(3L, 1L, 8L, 6L, 7L, 2L, 4L, 5L),
                ids(items.findByQuantityGreaterThanOrderByRatingDescNameAsc(-1)));
        assertEquals(List.of(8L, 7L, 4L, 5L, 1L, 3L, 6L, 2L), ids(items.findAllByOrderByRankDescIdAsc()));
    }

    @Test
    void stringsSortAsJavaOrdersThemUnlessIgnoringCase() {
        assertEquals(List.of(1L, 3L, 5L, 8L, 2L, 4L, 6L, 7L), ids(items.findByIdGreaterThanOrderByNameAsc(0)));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L),
                ids(items.findByIdGreaterThanOrderByNameIgnoreCaseAsc(0)));
        assertEquals(List.of(8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L),
                ids(items.findByIdGreaterThanOrderByNameIgnoreCaseDesc(0)));
    }

    @Test
    void embeddedAttributesSortWithNullsLast() {
        assertEquals(List.of(5L, 2L, 7L, 4L, 8L, 3L, 1L, 6L),
                ids(items.findByIdGreaterThanOrderByAddressCityAscIdDesc(0)));
        assertEquals(List.of(8L, 3L, 1L, 5L, 2L, 7L, 4L, 6L), ids(items.findByIdGreaterThanOrderByAddress_ZipDesc(0)));
    }

    @Test
    void countAndExistsAnswerWithoutReturningEntities() {
        assertEquals(5, items.countByActiveTrue());
        assertEquals(3, items.countBySize(Size.SMALL));
        assertEquals(0, items.countByQuantityGreaterThan(40));
        assertTrue(items.existsByName("fig"));
        assertFalse(items.existsByName("kiwi"));
        assertTrue(items.existsByQuantityGreaterThan(39));
        assertFalse(items.existsByQuantityGreaterThan(40));
    }

    @Test
    void deleteRemovesExactlyTheMatchesAndSaysHowMany() {
        assertEquals(3, items.deleteByActiveFalse());
        assertEquals(List.of(1L, 3L, 4L, 6L, 7L), ids(items.findAll().sorted((a, b) -> Long.compare(a.id, b.id))));
        items.deleteByQuantity(0);
        assertEquals(4, items.count());
        assertEquals(2, items.deleteBySizeIn(Set.of(Size.SMALL, Size.MEDIUM)));
        assertEquals(List.of(3L, 6L), sortedIds(items.findByNoteNotNull()));
        assertTrue(items.deleteByName("fig"));
        assertFalse(items.deleteByName("fig"));
        assertEquals(1, items.count());
    }
}
