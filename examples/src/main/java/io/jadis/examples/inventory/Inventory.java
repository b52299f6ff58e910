package io.jadis.examples.inventory;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Param;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

@Repository
public interface Inventory extends CrudRepository<Product, String> {

    /**
     * Sells one unit if there is one. The server checks {@code stock > 0} and changes the product
     * in the same atomic step, so concurrent buyers can never oversell.
     *
     * @return whether a unit was sold
     */
    @Query("UPDATE Product SET stock = stock - 1, sold = sold + 1 WHERE sku = :sku AND stock > 0")
    boolean buyOne(@Param("sku") String sku);

    /** Deletes every product, for a fresh run of the demo. */
    @Query("DELETE FROM Product")
    long deleteEverything();
}
