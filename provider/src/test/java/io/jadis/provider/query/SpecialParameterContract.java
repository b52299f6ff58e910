package io.jadis.provider.query;

import io.jadis.provider.query.Item.Size;
import io.jadis.provider.testing.JadisTest;
import jakarta.data.Limit;
import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.exceptions.EmptyResultException;
import jakarta.data.page.CursoredPage;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.page.PageRequest.Cursor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import static io.jadis.provider.query.ItemData.ids;
import static io.jadis.provider.query.ItemData.sortedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** @Find with @By, and Limit, Sort, Order and PageRequest in every combination, on every engine. */
abstract class SpecialParameterContract extends JadisTest {
    ItemSearch search;

    @BeforeEach
    void data() {
        jadis.repository(Items.class).saveAll(ItemData.items());
        search = jadis.repository(ItemSearch.class);
        indexesBuilt();
    }

    @Test
    void findMatchesEachParameterWithTheAttributeOfItsName() {
        assertEquals(List.of(2L, 5L, 7L), sortedIds(search.bySize(Size.MEDIUM)));
        assertEquals(List.of(8L), ids(search.of(Size.SMALL, false)));
        assertEquals(List.of(3L, 8L, 1L), ids(search.inCity("Paris", Sort.desc("quantity"))));
    }

    @Test
    void findReturnsOneEntityOrFailsWhenThereIsNone() {
        assertEquals("date", search.one(4).name);
        assertThrows(EmptyResultException.class, () -> search.one(99));
        assertEquals("Cherry", search.maybe(3).orElseThrow().name);
        assertTrue(search.maybe(99).isEmpty());
    }

    @Test
    void orderByAnnotationsSortFindResults() {
        assertEquals(List.of(5L, 8L, 2L), ids(search.byActive(false)));
    }

    @Test
    void staticSortCriteriaComeBeforeDynamicOnes() {
        assertEquals(List.of(6L, 3L, 1L, 4L, 7L), ids(search.ranked(true, Sort.desc("id"))));
        assertEquals(List.of(3L, 6L, 1L, 4L, 7L), ids(search.ranked(true, Sort.asc("id"))));
        assertEquals(List.of(6L, 3L, 1L, 4L, 7L), ids(search.ranked(true, Sort.asc("quantity"), Sort.asc("id"))));
        assertEquals(List.of(1L, 8L, 5L, 3L, 6L), ids(search.atLeast(10, Sort.asc("name"))));
        assertEquals(List.of(8L, 1L, 5L, 6L, 3L), ids(search.atLeast(10, Sort.desc("name"))));
        assertEquals(List.of(3L, 6L, 7L, 2L, 5L, 1L, 8L, 4L),
                ids(search.findBySizeNotNullOrderBySizeDesc(Order.by(Sort.desc("rating")), Sort.asc("id"))));
    }

    @Test
    void sortAndOrderParametersApplyInTheOrderOfTheParameters() {
        assertEquals(List.of(8L, 4L, 1L, 7L, 5L, 2L, 6L, 3L),
                ids(search.findByQuantityGreaterThanEqual(0, Order.by(Sort.asc("size"), Sort.desc("id")))));
        assertEquals(List.of(2L, 6L, 3L, 1L, 5L, 4L, 7L, 8L),
                ids(search.findByIdGreaterThan(0, Sort.asc("rank"), Order.by(Sort.desc("id")))));
    }

    @Test
    void limitCutsTheSortedResults() {
        assertEquals(List.of(5L, 3L, 4L), ids(search.all(Limit.of(3), Sort.desc("price"))));
        assertEquals(List.of(3L, 4L, 8L), ids(search.all(Limit.range(2, 4), Sort.desc("price"))));
        assertEquals(List.of(2L, 7L), ids(search.all(Limit.range(7, 10), Sort.desc("price"))));
        assertEquals(List.of(), search.all(Limit.range(9, 10), Sort.desc("price")));
        assertEquals(2, search.all(Limit.of(2)).size());
        assertEquals(List.of(3L, 7L), ids(search.findByActive(true, Limit.of(2), Sort.asc("weight"))));
        assertEquals(List.of(3L, 6L), ids(search.findFirst2ByActiveTrue(Sort.desc("quantity"))));
    }

    @Test
    void dynamicSortsReachEmbeddedAttributes() {
        assertEquals(List.of(3L, 4L),
                ids(search.findByActive(true, Limit.range(2, 3), Sort.desc("address.city"), Sort.asc("id"))));
    }

    @Test
    void ignoreCaseSortsCompareTextIgnoringCase() {
        assertEquals(List.of(1L, 2L, 3L),
                ids(search.all(Limit.of(3), Sort.ascIgnoreCase("name"))));
        assertEquals(List.of(1L, 3L, 5L),
                ids(search.all(Limit.of(3), Sort.asc("name"))));
    }

    @Test
    void streamsHonourLimitAndSort() {
        List<Item> two;
        try (Stream<Item> s = search.findByQuantityGreaterThan(0, Limit.of(2))) {
            two = s.toList();
        }
        assertEquals(2, two.size());
        assertTrue(two.stream().allMatch(i -> i.quantity > 0));
        try (Stream<Item> s = search.findByQuantityGreaterThan(0, Limit.range(3, 100))) {
            assertEquals(4, s.count());
        }
        try (Stream<Item> s = search.findByQuantityLessThan(11, Sort.desc("id"))) {
            assertEquals(List.of(7L, 4L, 2L, 1L), ids(s));
        }
    }

    @Test
    void offsetPagesCarryTheirTotals() {
        Order<Item> byPrice = Order.by(Sort.asc("price"));
        Page<Item> page = search.findByIdGreaterThan(0, PageRequest.ofSize(3), byPrice);
        assertEquals(List.of(7L, 2L, 1L), ids(page.content()));
        assertEquals(8, page.totalElements());
        assertEquals(3, page.totalPages());
        assertTrue(page.hasNext());
        assertFalse(page.hasPrevious());
        page = search.findByIdGreaterThan(0, page.nextPageRequest(), byPrice);
        assertEquals(List.of(6L, 8L, 4L), ids(page.content()));
        page = search.findByIdGreaterThan(0, page.nextPageRequest(), byPrice);
        assertEquals(List.of(3L, 5L), ids(page.content()));
        assertFalse(page.hasNext());
        Page<Item> last = page;
        assertThrows(NoSuchElementException.class, last::nextPageRequest);
        page = search.findByIdGreaterThan(0, page.previousPageRequest(), byPrice);
        assertEquals(List.of(6L, 8L, 4L), ids(page.content()));
    }

    @Test
    void offsetPagesWithoutTotalsRefuseToCountButKnowWhetherMoreFollow() {
        Order<Item> byPrice = Order.by(Sort.asc("price"));
        Page<Item> page = search.findByIdGreaterThan(0, PageRequest.ofPage(2).size(3).withoutTotal(), byPrice);
        assertEquals(List.of(6L, 8L, 4L), ids(page.content()));
        assertFalse(page.hasTotals());
        assertThrows(IllegalStateException.class, page::totalElements);
        assertThrows(IllegalStateException.class, page::totalPages);
        assertTrue(page.hasNext());
        Page<Item> full = search.findByIdGreaterThan(0, PageRequest.ofPage(2).size(4).withoutTotal(), byPrice);
        assertEquals(List.of(8L, 4L, 3L, 5L), ids(full.content()));
        assertFalse(full.hasNext());
    }

    @Test
    void pagesFollowStaticSortCriteria() {
        Page<Item> page = search.page(true, PageRequest.ofSize(2));
        assertEquals(List.of(7L, 4L), ids(page.content()));
        assertEquals(5, page.totalElements());
        assertEquals(3, page.totalPages());
        assertEquals(List.of(3L), ids(search.page(true, PageRequest.ofPage(3).size(2)).content()));
        Page<Item> beyond = search.page(true, PageRequest.ofPage(5).size(2));
        assertFalse(beyond.hasContent());
        assertFalse(beyond.hasNext());
    }

    @Test
    void pagesOfProjectedAttributes() {
        Page<String> page = search.names(PageRequest.ofSize(3));
        assertEquals(List.of("Apple", "Cherry", "Elder"), page.content());
        assertEquals(6, page.totalElements());
        assertEquals(List.of("Honeydew", "date", "fig"), search.names(page.nextPageRequest()).content());
    }

    @Test
    void cursoredPagesMoveForwardAndBackFromTheirCursors() {
        Order<Item> byId = Order.by(Sort.asc("id"));
        CursoredPage<Item> first = search.findByIdGreaterThanOrderByRatingDesc(0, PageRequest.ofSize(3), byId);
        assertEquals(List.of(3L, 1L, 8L), ids(first.content()));
        assertEquals(List.of(4.5, 8L), first.cursor(2).elements());
        assertEquals(8, first.totalElements());
        assertFalse(first.hasPrevious());
        assertThrows(NoSuchElementException.class, first::previousPageRequest);
        CursoredPage<Item> second = search.findByIdGreaterThanOrderByRatingDesc(0, first.nextPageRequest(), byId);
        assertEquals(List.of(6L, 7L, 2L), ids(second.content()));
        assertTrue(second.hasPrevious());
        CursoredPage<Item> third = search.findByIdGreaterThanOrderByRatingDesc(0, second.nextPageRequest(), byId);
        assertEquals(List.of(4L, 5L), ids(third.content()));
        assertFalse(third.hasNext());
        assertThrows(NoSuchElementException.class, third::nextPageRequest);
        CursoredPage<Item> back = search.findByIdGreaterThanOrderByRatingDesc(0, third.previousPageRequest(), byId);
        assertEquals(List.of(6L, 7L, 2L), ids(back.content()));
        CursoredPage<Item> front = search.findByIdGreaterThanOrderByRatingDesc(0, back.previousPageRequest(), byId);
        assertEquals(List.of(3L, 1L, 8L), ids(front.content()));
        assertFalse(front.hasPrevious());
    }

    @Test
    void cursorsBuiltFromKeysStartAfterOrEndBeforeThem() {
        Order<Item> byId = Order.by(Sort.asc("id"));
        PageRequest after = PageRequest.ofSize(3).afterCursor(Cursor.forKey(4.5, 1L));
        assertEquals(List.of(8L, 6L, 7L), ids(search.findByIdGreaterThanOrderByRatingDesc(0, after, byId).content()));
        PageRequest before = PageRequest.ofSize(2).beforeCursor(Cursor.forKey(4.0, 6L));
        assertEquals(List.of(1L, 8L), ids(search.findByIdGreaterThanOrderByRatingDesc(0, before, byId).content()));
        PageRequest enumKey = PageRequest.ofSize(4).afterCursor(Cursor.forKey(Size.MEDIUM, "Elder"));
        assertEquals(List.of(2L, 7L, 1L, 8L),
                ids(search.cursor(enumKey, Order.by(Sort.desc("size"), Sort.asc("name"))).content()));
    }

    @Test
    void cursoredPagesOfDynamicSortsEndWithTheLastMatch() {
        Order<Item> order = Order.by(Sort.desc("size"), Sort.asc("name"));
        CursoredPage<Item> first = search.cursor(PageRequest.ofSize(4), order);
        assertEquals(List.of(3L, 6L, 5L, 2L), ids(first.content()));
        assertEquals(List.of(Size.MEDIUM, "banana"), first.cursor(3).elements());
        CursoredPage<Item> second = search.cursor(first.nextPageRequest(), order);
        assertEquals(List.of(7L, 1L, 8L, 4L), ids(second.content()));
        assertFalse(second.hasNext());
    }

    @Test
    void cursoredJdqlQueriesUseOrderByAnnotationsAndSorts() {
        CursoredPage<Item> first = search.stocked(10, PageRequest.ofSize(2), Sort.asc("id"));
        assertEquals(List.of(5L, 1L), ids(first.content()));
        CursoredPage<Item> second = search.stocked(10, first.nextPageRequest(), Sort.asc("id"));
        assertEquals(List.of(3L, 8L), ids(second.content()));
        CursoredPage<Item> third = search.stocked(10, second.nextPageRequest(), Sort.asc("id"));
        assertEquals(List.of(6L), ids(third.content()));
        assertFalse(third.hasNext());
        assertEquals(List.of(5L, 1L), ids(search.stocked(10, second.previousPageRequest(), Sort.asc("id")).content()));
        assertEquals(List.of(3L, 8L), ids(search.stocked(10, third.previousPageRequest(), Sort.asc("id")).content()));
    }

    @Test
    void anEmptyCursoredPageHasNeitherNextNorPrevious() {
        CursoredPage<Item> page = search.findByIdGreaterThanOrderByRatingDesc(100, PageRequest.ofSize(3),
                Order.by(Sort.asc("id")));
        assertFalse(page.hasContent());
        assertFalse(page.hasNext());
        assertFalse(page.hasPrevious());
        assertThrows(NoSuchElementException.class, page::nextPageRequest);
        assertThrows(NoSuchElementException.class, page::previousPageRequest);
    }
}
