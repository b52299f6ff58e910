package io.jadis.provider.query;

import io.jadis.provider.query.Item.Size;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Deletes whose conditions the server evaluates; each mirrors a find of {@link Items} or a JDQL query. */
@Repository
public interface ItemDeletes extends DataRepository<Item, Long> {

    long deleteByNameNot(String name);

    long deleteByQuantityNotBetween(int min, int max);

    long deleteByRankNotGreaterThan(short max);

    long deleteByIdIn(List<Long> ids);

    long deleteBySizeNotIn(Set<Size> sizes);

    long deleteByNoteNull();

    long deleteByFlaggedNotTrue();

    long deleteByFlaggedFalse();

    long deleteByNameLike(String pattern);

    long deleteByNameNotLike(String pattern);

    long deleteByNoteContains(String text);

    long deleteByNoteNotContains(String text);

    long deleteByNoteStartsWith(String prefix);

    long deleteByNoteEndsWith(String suffix);

    long deleteByNameIgnoreCase(String name);

    long deleteByNameIgnoreCaseNotLike(String pattern);

    long deleteByActiveFalseOrSizeAndQuantityGreaterThan(Size size, int min);

    long deleteByAddressCity(String city);

    long deleteByAddress_CityNull();

    long deleteBySizeGreaterThan(Size size);

    long deleteBySizeLessThanEqual(Size size);

    long deleteByCodeGreaterThan(char code);

    long deleteByCodeLessThan(char code);

    long deleteByPriceGreaterThan(BigDecimal min);

    long deleteByPrice(BigDecimal price);

    long deleteByBig(long big);

    long deleteByBigGreaterThan(long min);

    long deleteBySerialGreaterThan(BigInteger min);

    long deleteByWeightLessThan(float max);

    long deleteByWeight(float weight);

    long deleteByRating(double rating);

    long deleteByMadeLessThan(LocalDate before);

    long deleteByStampGreaterThanEqual(Instant from);

    @Query("DELETE FROM Item WHERE NOT (active = TRUE AND quantity < 10) AND flagged IS NOT NULL")
    long deleteNotSmallActiveButFlaggedOrNot();

    @Query("DELETE FROM Item WHERE note = 'it''s red' OR code = 'c' OR code > 'f'")
    long deleteQuotedOrCodes();

    @Query("DELETE FROM Item WHERE rating > 4.0d OR weight >= 2f")
    long deleteRatedOrHeavy();

    @Query("DELETE FROM Item WHERE big > 10L AND big < 9007199254740995")
    long deleteBigBetween();

    @Query("DELETE FROM Item WHERE price < 1.10")
    long deleteCheaperThanAnApple();

    @Query("DELETE FROM Item WHERE size <> io.jadis.provider.query.Item.Size.MEDIUM AND id NOT IN (1, 2, 3)")
    long deleteNotMediumNorFirst();

    @Query("DELETE FROM Item WHERE LENGTH(name) = ?1 OR UPPER(name) BETWEEN 'B' AND 'E'")
    long deleteByLengthOrUpper(int length);

    @Query("DELETE FROM Item WHERE LOWER(LEFT(name, 1)) = 'h' OR RIGHT(name, 3) = 'ape' OR name || '-' || note = 'Apple-fresh'")
    long deleteByTextFunctions();

    @Query("DELETE FROM Item WHERE quantity * 2 + 1 > :floor AND rank - 1 >= ABS(-2)")
    long deleteByArithmetic(int floor);

    @Query("DELETE FROM Item WHERE price * ?1 >= ?2")
    long deleteByPriceTimes(BigDecimal factor, BigDecimal floor);

    @Query("DELETE FROM Item WHERE address.zip LIKE ?1")
    long deleteByZip(String pattern);
}
