package io.jadis.provider.query;

import io.jadis.provider.Jadis;
import io.jadis.provider.testing.Engine;
import io.jadis.provider.testing.JadisTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queries that scan read the entities in batches: the number of function calls proves it. Indexes
 * are off, so that every query here scans (with them, most would not read the registry at all).
 */
class QueryBatchingTest extends JadisTest {
    static final int ENTITIES = 5000;
    static final int FETCH_SIZE = 500;
    static final int BATCHES = ENTITIES / FETCH_SIZE;

    Items items;

    @Override
    protected Engine engine() {
        return Engine.PORTABLE;
    }

    @Override
    protected Jadis.Builder configure(Jadis.Builder builder) {
        return builder.fetchSize(FETCH_SIZE).indexes(false);
    }

    @BeforeEach
    void data() {
        items = jadis.repository(Items.class);
        List<Item> all = new ArrayList<>(ENTITIES);
        for (int i = 1; i <= ENTITIES; i++) {
            Item item = ItemData.items().get(i % 8);
            item.id = i;
            item.quantity = i;
            all.add(item);
        }
        items.saveAll(all);
    }

    @Test
    void aMethodNameQueryFetchesDocumentsInBatches() {
        long before = scriptRuns();
        List<Item> found = items.findByQuantityGreaterThan(4000);
        long runs = scriptRuns() - before;
        assertEquals(1000, found.size());
        assertTrue(runs <= 3 * BATCHES, "a query over " + ENTITIES + " entities ran " + runs + " functions");
    }

    @Test
    void aCountStreamsThroughTheRegistryInBatches() {
        long before = scriptRuns();
        assertEquals(2500, items.countByQuantityGreaterThan(2500));
        long runs = scriptRuns() - before;
        assertTrue(runs <= 3 * BATCHES, "a count over " + ENTITIES + " entities ran " + runs + " functions");
    }

    @Test
    void anUnsortedStreamReadsOnlyTheBatchesItConsumes() {
        long before = scriptRuns();
        Optional<Item> first;
        try (Stream<Item> all = items.findAll()) {
            first = all.findFirst();
        }
        assertTrue(first.isPresent());
        long runs = scriptRuns() - before;
        assertTrue(runs <= 2, "reading one entity of a stream ran " + runs + " functions");
    }

    @Test
    void aServerSideDeleteWorksThroughTheRegistryInBatches() {
        long before = scriptRuns();
        assertEquals(1875, items.deleteByActiveFalse());
        long runs = scriptRuns() - before;
        assertTrue(runs <= 3 * BATCHES, "a delete over " + ENTITIES + " entities ran " + runs + " functions");
        assertEquals(ENTITIES - 1875, items.count());
    }
}
