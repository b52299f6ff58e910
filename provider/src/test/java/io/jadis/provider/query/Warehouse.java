package io.jadis.provider.query;

import jakarta.data.repository.Insert;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.util.Optional;

/** A repository without a primary entity type: its lifecycle method names the entity. */
@Repository
public interface Warehouse {

    @Insert
    Crate[] addAll(Crate... crates);

    @Query("UPDATE Crate SET length = length + ?1, width = width - ?1, height = height * ?2")
    long resizeAll(int lengthAddedWidthTaken, int heightFactor);

    @Query("UPDATE Crate SET width = width + ?1, height = width WHERE label = ?2")
    void widen(int by, String label);

    @Query("UPDATE Crate SET load = :load WHERE label = :label")
    boolean load(String label, double load);

    @Query("DELETE FROM Crate WHERE load > 0.0d AND height > 2")
    long removeLoadedTallOnes();

    @Query("DELETE FROM Crate")
    long removeAll();

    @Query("WHERE label = ?1")
    Optional<Crate> withLabel(String label);

    @Query("SELECT COUNT(THIS) FROM Crate")
    long total();

    long countByHeightGreaterThan(int height);

    boolean existsByLabel(String label);

    long deleteByLabel(String label);
}
