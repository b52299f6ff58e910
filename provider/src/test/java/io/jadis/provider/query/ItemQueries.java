package io.jadis.provider.query;

import jakarta.data.Limit;
import jakarta.data.Sort;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Param;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** JDQL SELECT: every operator, literal form, parameter style and projection. */
@Repository
public interface ItemQueries extends DataRepository<Item, Long> {

    @Query(" ")
    Stream<Item> all(Limit limit, Sort<?>... sorts);

    @Query("WHERE quantity > ?1 AND active = TRUE ORDER BY quantity DESC")
    List<Item> activeAbove(int min);

    @Query("WHERE quantity > :min OR size = io.jadis.provider.query.Item.Size.LARGE ORDER BY id")
    List<Item> aboveOrLarge(int min);

    @Query("WHERE active = FALSE OR size = io.jadis.provider.query.Item.Size.SMALL AND quantity > 5 ORDER BY id")
    List<Item> inactiveOrBigSmallOnes();

    @Query("WHERE (active = FALSE OR size = io.jadis.provider.query.Item.Size.SMALL) AND quantity > 5 ORDER BY id")
    List<Item> bigInactiveOrSmallOnes();

    @Query("WHERE NOT (active = TRUE AND quantity < 10) AND flagged IS NOT NULL ORDER BY id")
    List<Item> notSmallActiveButFlaggedOrNot();

    @Query("WHERE note = 'it''s red'")
    List<Item> withQuotedNote();

    @Query("WHERE note LIKE '%''%'")
    List<Item> withQuoteInNote();

    @Query("WHERE rating > 4.0d ORDER BY id")
    List<Item> ratedAboveFour();

    @Query("WHERE weight >= 2f ORDER BY id")
    List<Item> heavy();

    @Query("WHERE big > 10L AND big < 9007199254740995 ORDER BY big")
    List<Item> bigBetween();

    @Query("WHERE price < 1.10 ORDER BY price DESC")
    List<Item> cheaperThanAnApple();

    @Query("WHERE flagged = FALSE ORDER BY id")
    List<Item> unflagged();

    @Query("WHERE code = 'c' OR code > 'f' ORDER BY id")
    List<Item> codes();

    @Query("WHERE size <> io.jadis.provider.query.Item.Size.MEDIUM AND size IN (SMALL, LARGE) ORDER BY id")
    List<Item> notMedium();

    @Query("WHERE id IN (1, 3, ?1) ORDER BY id DESC")
    List<Item> oneThreeAnd(long id);

    @Query("WHERE id NOT IN (1, 2, 3) AND quantity NOT BETWEEN 1 AND 12 ORDER BY id")
    List<Item> notInAndNotBetween();

    @Query("WHERE name NOT LIKE '%e%' AND note IS NOT NULL")
    List<Item> withoutE();

    @Query("WHERE note IS NULL ORDER BY id")
    List<Item> withoutNote();

    @Query("WHERE address.city = :city ORDER BY address.zip DESC")
    List<Item> inCity(String city);

    @Query("FROM Item WHERE address.zip LIKE ?1 ORDER BY id")
    List<Item> fromItemWithZip(String pattern);

    @Query("WHERE LENGTH(name) = ?1 ORDER BY id")
    List<Item> nameLength(int length);

    @Query("WHERE UPPER(name) BETWEEN 'B' AND 'E' ORDER BY name")
    List<Item> upperBetween();

    @Query("WHERE UPPER(name) IN ('BANANA', 'fig') ORDER BY id")
    List<Item> upperIn();

    @Query("WHERE name LIKE UPPER(:pattern) ORDER BY id")
    List<Item> nameLikeUpper(@Param("pattern") String pattern);

    @Query("WHERE LOWER(LEFT(name, 1)) = 'h' OR RIGHT(name, 3) = 'ape'")
    List<Item> leftAndRight();

    @Query("WHERE name || '-' || note = 'Apple-fresh'")
    List<Item> concatenated();

    @Query("WHERE quantity * 2 + 1 > :floor AND rank - 1 >= ABS(-2) ORDER BY id")
    List<Item> arithmetic(@Param("floor") int floor);

    @Query("WHERE price * ?1 >= ?2 ORDER BY id")
    List<Item> priceTimes(BigDecimal factor, BigDecimal floor);

    @Query("WHERE made < LOCAL DATE ORDER BY id")
    List<Item> madeBeforeToday();

    @Query("WHERE size IN (?1) ORDER BY id")
    List<Item> sizes(Set<Item.Size> sizes);

    @Query("SELECT name WHERE active = true ORDER BY name")
    List<String> activeNames();

    @Query("SELECT code WHERE active = false ORDER BY id")
    char[] inactiveCodes();

    @Query("SELECT code WHERE size = io.jadis.provider.query.Item.Size.LARGE ORDER BY id")
    Character[] largeCodes();

    @Query("SELECT price WHERE id = ?1")
    Optional<BigDecimal> priceOf(long id);

    @Query("SELECT address.city WHERE id = :id")
    String cityOf(long id);

    @Query("SELECT quantity WHERE id = ?1")
    int quantityOf(long id);

    @Query("SELECT big WHERE id = ?1")
    long bigOf(long id);

    @Query("SELECT active WHERE id = ?1")
    boolean activeOf(long id);

    @Query("SELECT size WHERE quantity = 0 ORDER BY id DESC")
    Stream<Item.Size> sizesOfEmpty();

    @Query("SELECT COUNT(THIS) WHERE active = true")
    long countActive();

    @Query("SELECT COUNT(THIS) FROM Item WHERE address.city = ?1")
    int countInCity(String city);

    @Query("SELECT COUNT(THIS)")
    long countAll();
}
