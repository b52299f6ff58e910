package io.jadis.examples.leaderboard;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface Players extends CrudRepository<Player, String> {

    /** The leaderboard: the ten best scores, highest first. */
    List<Player> findFirst10ByOrderByScoreDescUsernameAsc();
}
