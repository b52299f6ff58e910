package io.jadis.provider.query;

import io.jadis.provider.testing.JadisTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JDQL UPDATE and DELETE, repositories without a primary entity type, NoSQL entities; on every engine. */
abstract class JdqlUpdateContract extends JadisTest {
    Products products;
    long versionOfPie;

    @BeforeEach
    void data() {
        products = jadis.repository(Products.class);
        Product pie = new Product("p1", "apple pie", 3, "4.50");
        pie.discount = 0.5;
        Product juice = new Product("p2", "apple juice", 0, "2.00");
        juice.discount = 0.25;
        List<Product> saved = products.insertAll(List.of(pie, juice, new Product("p3", "bread", 10, "3.20"),
                new Product("p4", "butter", 0, "5.75")));
        versionOfPie = saved.get(0).version;
    }

    Product product(String id) {
        return products.findById(id).orElseThrow();
    }

    @Test
    void aConditionalUpdateChangesOnlyWhileItsConditionHolds() {
        assertTrue(products.sellOne("p1"));
        assertTrue(products.sellOne("p1"));
        assertTrue(products.sellOne("p1"));
        assertFalse(products.sellOne("p1"));
        assertFalse(products.sellOne("missing"));
        assertFalse(products.sellOne(null), "id = NULL holds for no entity");
        Product pie = product("p1");
        assertEquals(0, pie.stock);
        assertEquals(versionOfPie + 3, pie.version);
    }

    @Test
    void theConditionsBesideTheIdsStillHoldPerEntity() {
        assertEquals(1, products.restockAppleBelow("p1", "p2", "p3", 3));
        assertEquals(3, product("p1").stock);
        assertEquals(1, product("p2").stock);
        assertEquals(10, product("p3").stock);
        assertEquals(2, products.restockAppleBelow("p1", "p2", "p3", 4));
        assertFalse(products.removeIfSoldOut("p1"));
        assertFalse(products.removeIfSoldOut("missing"));
        assertTrue(products.removeIfSoldOut("p4"));
        assertEquals(List.of("p1", "p2", "p3"), products.findAll().map(p -> p.id).sorted().toList());
    }

    @Test
    void anUpdateByIdReadsOnlyTheRevisionAndWhatItComputesFrom() {
        long before = fieldReads();
        products.addTenCents("p1");
        assertEquals(2, fieldReads() - before, "reads of the revision and the price");
        assertEquals(new BigDecimal("4.60"), product("p1").price);
    }

    /** How many single-value reads (one field or member of a document) the server has run. */
    protected abstract long fieldReads();

    @Test
    void assignmentsComputeFromTheCurrentValuesAndParameters() {
        assertEquals(2, products.restock(5, new BigDecimal("1.5"), "apple%"));
        assertEquals(8, product("p1").stock);
        assertEquals(new BigDecimal("6.750"), product("p1").price);
        assertEquals(5, product("p2").stock);
        assertEquals(new BigDecimal("3.000"), product("p2").price);
        assertEquals(10, product("p3").stock);
        assertEquals(new BigDecimal("3.20"), product("p3").price);
    }

    @Test
    void literalsCombineWithAttributesOfEveryNumericType() {
        assertEquals(2, products.promote());
        assertEquals(new BigDecimal("4.45"), product("p1").price);
        assertEquals(1.0, product("p1").discount);
        assertEquals(new BigDecimal("1.95"), product("p2").price);
        assertEquals(0.5, product("p2").discount);
        assertNull(product("p3").discount);
        products.insert(new Product("p5", "candy", 1, "0.20"));
        products.addTenCents("p5");
        assertEquals(new BigDecimal("0.30"), product("p5").price);
    }

    @Test
    void setToNullAndSetToParameters() {
        assertEquals(2, products.clearDiscountsOfSoldOut());
        assertNull(product("p2").discount);
        assertEquals(0.5, product("p1").discount);
        products.rename("p3", "rye bread", 0.1);
        assertEquals("rye bread", product("p3").name);
        assertEquals(0.1, product("p3").discount);
    }

    @Test
    void aParameterOutOfTheAttributesRangeIsRejectedAndChangesNothing() {
        assertEquals(1, products.setStock("p1", 7L));
        assertThrows(IllegalArgumentException.class, () -> products.setStock("p1", 5_000_000_000L));
        assertEquals(7, product("p1").stock);
    }

    @Test
    void anUpdateWithoutWhereChangesEveryEntity() {
        assertEquals(4, products.clearStock());
        assertEquals(List.of(0, 0, 0, 0), products.findAll().map(p -> p.stock).toList());
    }

    @Test
    void deleteWithWhereRemovesExactlyTheMatches() {
        assertEquals(1, products.removeCheapSoldOut(new BigDecimal("5.00")));
        assertFalse(products.findById("p2").isPresent());
        assertTrue(products.remove("p4"));
        assertFalse(products.remove("p4"));
        assertEquals(List.of("p1", "p3"), products.findAll().map(p -> p.id).sorted().toList());
        products.removeAll();
        assertEquals(0, products.findAll().count());
    }

    @Test
    void aRepositoryWithoutPrimaryEntityTypeTakesItFromItsLifecycleMethodsAndFromClauses() {
        Warehouse warehouse = jadis.repository(Warehouse.class);
        warehouse.addAll(new Crate("c1", 2, 3, 4), new Crate("c2", 5, 6, 1), new Crate("c3", 1, 1, 3));
        assertEquals(3, warehouse.resizeAll(1, 2));
        Crate c2 = warehouse.withLabel("c2").orElseThrow();
        assertEquals(List.of(6, 5, 2), List.of(c2.length, c2.width, c2.height));
        warehouse.widen(10, "c2");
        c2 = warehouse.withLabel("c2").orElseThrow();
        assertEquals(List.of(6, 15, 5), List.of(c2.length, c2.width, c2.height));
        assertTrue(warehouse.load("c1", 1.5));
        assertFalse(warehouse.load("none", 1.0));
        assertEquals(3, warehouse.countByHeightGreaterThan(2));
        assertEquals(1, warehouse.removeLoadedTallOnes());
        assertFalse(warehouse.existsByLabel("c1"));
        assertEquals(2, warehouse.total());
        assertEquals(1, warehouse.deleteByLabel("c3"));
        assertEquals(1, warehouse.removeAll());
        assertEquals(0, warehouse.total());
    }

    @Test
    void noSqlEntitiesQueryTheirColumnsAndDoNotStoreOtherFields() {
        Gadgets gadgets = jadis.repository(Gadgets.class);
        Gadget phone = new Gadget("g1", "phone", 300.0);
        phone.surcharge = 5;
        gadgets.saveAll(List.of(phone, new Gadget("g2", "pager", 20.5), new Gadget("g3", "radio", 45.0)));
        assertEquals(List.of("g2", "g3"), gadgets.findByPriceLessThanOrderByNameAsc(100).stream()
                .map(g -> g.id).toList());
        assertEquals(List.of("g1", "g2"), gadgets.named("p%").stream().map(g -> g.id).toList());
        assertEquals(0.0, gadgets.findById("g1").orElseThrow().surcharge);
    }
}
