package io.jadis.provider.query;

import io.jadis.provider.query.Item.Size;
import io.jadis.provider.testing.JadisTest;
import jakarta.data.Limit;
import jakarta.data.Sort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.jadis.provider.query.ItemData.ids;
import static io.jadis.provider.query.ItemData.sortedIds;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** JDQL SELECT queries, on every engine. */
abstract class JdqlContract extends JadisTest {
    ItemQueries queries;

    @BeforeEach
    void data() {
        jadis.repository(Items.class).saveAll(ItemData.items());
        queries = jadis.repository(ItemQueries.class);
        indexesBuilt();
    }

    @Test
    void aBlankQuerySelectsEverything() {
        try (Stream<Item> all = queries.all(Limit.of(3), Sort.desc("rank"))) {
            assertEquals(List.of(8L, 7L, 4L), ids(all));
        }
        try (Stream<Item> all = queries.all(Limit.of(100))) {
            assertEquals(8, all.count());
        }
    }

    @Test
    void ordinalAndNamedParametersBindToArguments() {
        assertEquals(List.of(3L, 6L, 1L), ids(queries.activeAbove(5)));
        assertEquals(List.of(3L, 5L, 6L), ids(queries.aboveOrLarge(20)));
        assertEquals(List.of(8L, 3L, 1L), ids(queries.oneThreeAnd(8)));
    }

    @Test
    void andBindsTighterThanOrAndParenthesesOverrideIt() {
        assertEquals(List.of(1L, 2L, 5L, 8L), ids(queries.inactiveOrBigSmallOnes()));
        assertEquals(List.of(1L, 5L, 8L), ids(queries.bigInactiveOrSmallOnes()));
        assertEquals(List.of(1L, 3L, 5L, 6L, 8L), ids(queries.notSmallActiveButFlaggedOrNot()));
    }

    @Test
    void doubledQuotesStandForAQuoteInStringLiterals() {
        assertEquals(List.of(3L), ids(queries.withQuotedNote()));
        assertEquals(List.of(3L), ids(queries.withQuoteInNote()));
    }

    @Test
    void numericLiteralsKeepTheTypeOfTheirSuffix() {
        assertEquals(List.of(1L, 3L, 8L), ids(queries.ratedAboveFour()));
        assertEquals(List.of(2L, 4L, 6L, 8L), ids(queries.heavy()));
        assertEquals(List.of(7L, 2L, 1L, 3L), ids(queries.bigBetween()));
        assertEquals(List.of(2L, 7L), ids(queries.cheaperThanAnApple()));
    }

    @Test
    void booleanCharacterAndEnumLiteralsCompareWithTheirAttributes() {
        assertEquals(List.of(3L, 6L, 8L), ids(queries.unflagged()));
        assertEquals(List.of(3L, 7L), ids(queries.codes()));
        assertEquals(List.of(1L, 3L, 4L, 6L, 8L), ids(queries.notMedium()));
        assertEquals(List.of(3L, 6L), ids(queries.sizes(Set.of(Size.LARGE))));
    }

    @Test
    void notInNotBetweenNotLikeAndNullTestsExcludeWhatTheyName() {
        assertEquals(List.of(5L, 6L, 7L), ids(queries.notInAndNotBetween()));
        assertEquals(List.of(6L), ids(queries.withoutE()));
        assertEquals(List.of(2L, 5L), ids(queries.withoutNote()));
    }

    @Test
    void embeddedAttributesAreReachedWithDots() {
        assertEquals(List.of(8L, 3L, 1L), ids(queries.inCity("Paris")));
        assertEquals(List.of(4L, 7L), ids(queries.fromItemWithZip("06%")));
    }

    @Test
    void functionsAndArithmeticComputePerEntity() {
        assertEquals(List.of(1L, 5L, 7L), ids(queries.nameLength(5)));
        assertEquals(List.of(3L, 2L, 4L), ids(queries.upperBetween()));
        assertEquals(List.of(7L, 8L), sortedIds(queries.leftAndRight()));
        assertEquals(List.of(1L), ids(queries.concatenated()));
        assertEquals(List.of(1L, 5L, 8L), ids(queries.arithmetic(20)));
        assertEquals(List.of(3L, 5L), ids(queries.priceTimes(new BigDecimal("2"), new BigDecimal("20"))));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), ids(queries.madeBeforeToday()));
    }

    @Test
    void upperCaseConditionsFindWhatTheyMeanWhetherOrNotAnIndexServesThem() {
        assertEquals(List.of(2L), ids(queries.upperIn()));
        assertEquals(List.of(3L), ids(queries.nameLikeUpper("c%")));
    }

    @Test
    void singleAttributeProjectionsReturnTheAttribute() {
        assertEquals(List.of("Apple", "Cherry", "date", "fig", "grape"), queries.activeNames());
        assertArrayEquals(new char[] {'b', 'E', 'H'}, queries.inactiveCodes());
        assertArrayEquals(new Character[] {'c', 'f'}, queries.largeCodes());
        assertEquals(new BigDecimal("12.00"), queries.priceOf(3).orElseThrow());
        assertEquals("Paris", queries.cityOf(1));
        assertNull(queries.cityOf(6));
        assertEquals(25, queries.quantityOf(3));
        assertEquals(Long.MAX_VALUE, queries.bigOf(5));
        assertFalse(queries.activeOf(2));
        try (Stream<Size> sizes = queries.sizesOfEmpty()) {
            assertEquals(List.of(Size.MEDIUM, Size.MEDIUM), sizes.toList());
        }
    }

    @Test
    void countThisCountsTheMatches() {
        assertEquals(5, queries.countActive());
        assertEquals(3, queries.countInCity("Paris"));
        assertEquals(8, queries.countAll());
    }
}
