package io.jadis.examples.leaderboard;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface Players extends CrudRepository<Player, String> {

    /** The leaderboard: the ten best scores, highest first. */
    List<Player> findFirst10ByOrderByScoreDescUsernameAsc();

    /** Deletes every player, for a fresh run of the demo. */
    @Query("DELETE FROM Player")
    long deleteEverything();
}
