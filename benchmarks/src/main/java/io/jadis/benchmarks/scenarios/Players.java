package io.jadis.benchmarks.scenarios;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.util.List;

/** Jadis derives a sorted index on {@code score} and an equality index on {@code team} from these methods. */
@Repository
public interface Players extends BasicRepository<Player, String> {
    List<Player> findFirst10ByOrderByScoreDesc();

    List<Player> findByTeam(String team);

    @Query("SELECT COUNT(THIS) FROM Player")
    long countAll();
}
