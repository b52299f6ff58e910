package io.jadis.provider.query;

import io.jadis.provider.query.Item.Size;
import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Query by method name: every keyword. */
@Repository
public interface Items extends BasicRepository<Item, Long> {

    List<Item> findByName(String name);

    List<Item> findByNameNot(String name);

    List<Item> findByQuantityLessThan(int max);

    List<Item> findByQuantityLessThanEqual(int max);

    List<Item> findByQuantityGreaterThan(int min);

    List<Item> findByQuantityGreaterThanEqual(int min);

    List<Item> findByQuantityBetween(int min, int max);

    List<Item> findByQuantityNotBetween(int min, int max);

    List<Item> findByRankNotGreaterThan(short max);

    List<Item> findByIdIn(List<Long> ids);

    List<Item> findBySizeIn(Set<Size> sizes);

    List<Item> findBySizeNotIn(Collection<Size> sizes);

    List<Item> findByNoteNull();

    List<Item> findByNoteNotNull();

    List<Item> findByFlaggedNull();

    List<Item> findByActiveTrue();

    List<Item> findByActiveFalse();

    List<Item> findByFlaggedTrue();

    List<Item> findByFlaggedFalse();

    List<Item> findByFlaggedNotTrue();

    List<Item> findByNameLike(String pattern);

    List<Item> findByNameNotLike(String pattern);

    List<Item> findByNoteContains(String text);

    List<Item> findByNoteNotContains(String text);

    List<Item> findByNoteStartsWith(String prefix);

    List<Item> findByNoteEndsWith(String suffix);

    List<Item> findByNameIgnoreCase(String name);

    List<Item> findByNameIgnoreCaseStartsWith(String prefix);

    List<Item> findByNameIgnoreCaseNotLike(String pattern);

    List<Item> findByActiveTrueAndQuantityGreaterThan(int min);

    List<Item> findBySizeOrQuantity(Size size, int quantity);

    List<Item> findByActiveFalseOrSizeAndQuantityGreaterThan(Size size, int min);

    List<Item> findByAddress_City(String city);

    List<Item> findByAddressCity(String city);

    List<Item> findByAddressZipStartsWith(String prefix);

    List<Item> findByAddress_CityNull();

    long countByAddressCityNotNull();

    List<Item> findBySizeGreaterThan(Size size);

    List<Item> findBySizeLessThanEqual(Size size);

    List<Item> findByIdGreaterThanOrderBySizeDescIdAsc(long min);

    List<Item> findByCodeGreaterThan(char code);

    List<Item> findByCodeLessThan(char code);

    List<Item> findByCode(char code);

    List<Item> findByIdLessThanOrderByCodeAsc(long max);

    List<Item> findByPriceGreaterThan(BigDecimal min);

    List<Item> findByPrice(BigDecimal price);

    List<Item> findByPriceBetween(BigDecimal min, BigDecimal max);

    List<Item> findByBig(long big);

    List<Item> findByBigGreaterThan(long min);

    List<Item> findByBigBetween(long min, long max);

    List<Item> findBySerialGreaterThan(BigInteger min);

    List<Item> findBySerialLessThan(BigInteger max);

    List<Item> findByWeightLessThan(float max);

    List<Item> findByWeight(float weight);

    List<Item> findByRating(double rating);

    List<Item> findByRank(short rank);

    List<Item> findByMadeLessThan(LocalDate before);

    List<Item> findByMadeBetween(LocalDate from, LocalDate to);

    List<Item> findByStampGreaterThanEqual(Instant from);

    Optional<Item> findFirstByOrderByPriceDesc();

    Item findFirstByActiveFalseOrderByQuantityAsc();

    List<Item> findFirst3ByActiveTrueOrderByRatingDesc();

    List<Item> findByQuantityGreaterThanOrderByRatingDescNameAsc(int min);

    List<Item> findByIdGreaterThanOrderByNameAsc(long min);

    List<Item> findByIdGreaterThanOrderByNameIgnoreCaseAsc(long min);

    List<Item> findByIdGreaterThanOrderByNameIgnoreCaseDesc(long min);

    List<Item> findByIdGreaterThanOrderByAddressCityAscIdDesc(long min);

    List<Item> findByIdGreaterThanOrderByAddress_ZipDesc(long min);

    List<Item> findAllByOrderByRankDescIdAsc();

    long count();

    long countByActiveTrue();

    int countBySize(Size size);

    long countByQuantityGreaterThan(int min);

    boolean existsByName(String name);

    boolean existsByQuantityGreaterThan(int min);

    long deleteByActiveFalse();

    void deleteByQuantity(int quantity);

    int deleteBySizeIn(Set<Size> sizes);

    boolean deleteByName(String name);
}
