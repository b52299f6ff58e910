package io.jadis.provider.query;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface Gadgets extends BasicRepository<Gadget, String> {

    List<Gadget> findByPriceLessThanOrderByNameAsc(double max);

    @Query("WHERE name LIKE ?1 ORDER BY price DESC")
    List<Gadget> named(String pattern);
}
