package io.jadis.provider.query;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.math.BigDecimal;

/** JDQL UPDATE and DELETE, evaluated by the server per entity. */
@Repository
public interface Products extends CrudRepository<Product, String> {

    @Query("UPDATE Product SET stock = stock - 1 WHERE id = :id AND stock > 0")
    boolean sellOne(String id);

    @Query("UPDATE Product SET stock = stock + ?1, price = price * ?2 WHERE name LIKE ?3")
    long restock(int added, BigDecimal factor, String namePattern);

    @Query("UPDATE Product SET discount = NULL WHERE stock = 0")
    int clearDiscountsOfSoldOut();

    @Query("UPDATE Product SET name = ?2, discount = ?3 WHERE id = ?1")
    void rename(String id, String name, Double discount);

    @Query("UPDATE Product SET price = price - 0.05, discount = discount * 2.0d WHERE discount IS NOT NULL")
    long promote();

    @Query("UPDATE Product SET price = price + 0.1 WHERE id = ?1")
    void addTenCents(String id);

    @Query("UPDATE Product SET stock = ?2 WHERE id = ?1")
    long setStock(String id, long stock);

    @Query("UPDATE Product SET stock = 0")
    long clearStock();

    @Query("DELETE FROM Product WHERE stock = 0 AND price < :max")
    long removeCheapSoldOut(BigDecimal max);

    @Query("DELETE FROM Product WHERE id = ?1")
    boolean remove(String id);

    @Query("UPDATE Product SET stock = stock + 1 WHERE (id IN (?1, ?2, ?3, 'missing') AND stock < ?4)"
            + " AND name LIKE 'apple%'")
    long restockAppleBelow(String a, String b, String c, int below);

    @Query("DELETE FROM Product WHERE stock = 0 AND id = ?1")
    boolean removeIfSoldOut(String id);

    @Query("DELETE FROM Product")
    void removeAll();
}
