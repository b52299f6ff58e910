package io.jadis.benchmarks.scenarios;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Param;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

@Repository
public interface Items extends BasicRepository<Item, String> {
    /** Filters on the id only, so that no secondary index is derived and slows the other scenarios. */
    @Query("UPDATE Item SET stock = stock + 1 WHERE id = :id")
    long addOneToStock(@Param("id") String id);
}
