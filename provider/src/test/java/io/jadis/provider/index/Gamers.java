package io.jadis.provider.index;

import jakarta.data.Limit;
import jakarta.data.Order;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

@Repository
public interface Gamers extends BasicRepository<Gamer, String> {
    List<Gamer> findFirst10ByOrderByScoreDescIdAsc();

    List<Gamer> findByScoreGreaterThanEqualOrderByScoreDesc(long min);

    List<Gamer> findByScoreBetweenOrderByIdAsc(long low, long high);

    List<Gamer> findByTierOrderByIdAsc(Gamer.Tier tier);

    List<Gamer> findByTierInOrderByIdAsc(Set<Gamer.Tier> tiers);

    List<Gamer> findByTierGreaterThanOrderByIdAsc(Gamer.Tier tier);

    List<Gamer> findByActiveTrueOrderByIdAsc();

    List<Gamer> findByNameStartsWithOrderByIdAsc(String prefix);

    List<Gamer> findByNameIgnoreCaseOrderByIdAsc(String name);

    List<Gamer> findByNameLikeOrderByIdAsc(String pattern);

    List<Gamer> findByHomeCityOrderByIdAsc(String city);

    List<Gamer> findByWalletLessThanOrderByIdAsc(BigDecimal max);

    List<Gamer> findByJoinedGreaterThanOrderByIdAsc(Instant after);

    List<Gamer> findByLevelOrderByIdAsc(Integer level);

    List<Gamer> findByScoreOrLevelOrderByIdAsc(long score, Integer level);

    long countByTier(Gamer.Tier tier);

    List<Gamer> findByOrderByLevelAsc(Limit limit);

    Page<Gamer> findByOrderByScoreDescIdAsc(PageRequest page);

    List<Gamer> findByActiveTrue(Limit limit, Order<Gamer> order);

    @Query("WHERE score > :min AND tier = io.jadis.provider.index.Gamer.Tier.GOLD ORDER BY score DESC")
    List<Gamer> goldAbove(long min);

    @Query("DELETE FROM Gamer WHERE tier = :tier")
    long deleteTier(Gamer.Tier tier);
}
