package io.jadis.provider.query;

import io.jadis.provider.query.Item.Size;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every return type a query method may declare. */
@Repository
public interface ItemResults extends DataRepository<Item, Long> {

    List<Item> findByActiveTrue();

    Collection<Item> findByFlaggedTrue();

    Stream<Item> findByActiveFalse();

    Item[] findBySize(Size size);

    Optional<Item> findByName(String name);

    Item findByCode(char code);

    Optional<Item> findByAddressCity(String city);

    Item findByRank(short rank);

    List<Item> findByCodeIn(List<String> codes);

    long countByActiveTrue();

    int countByActiveFalse();

    Long countByFlaggedNull();

    boolean existsByCode(char code);

    Boolean existsByNameIgnoreCase(String name);

    void deleteByCode(char code);

    @Query("SELECT name WHERE size = io.jadis.provider.query.Item.Size.SMALL ORDER BY name DESC")
    String[] smallNames();

    @Query("SELECT id ORDER BY id DESC")
    long[] allIds();

    @Query("SELECT weight WHERE weight < 1.0 ORDER BY weight")
    List<Float> lightWeights();

    @Query("SELECT made WHERE id = ?1")
    Optional<java.time.LocalDate> madeOn(long id);

    List<Item> findByAlias(String alias);

    long countByAliasNull();

    @Query("SELECT alias WHERE id = ?1")
    Optional<String> aliasOf(long id);

    @Query("UPDATE Item SET alias = ?2 WHERE id = ?1")
    boolean rename(long id, String alias);

    @Query("SELECT address WHERE id = ?1")
    Address addressOf(long id);
}
