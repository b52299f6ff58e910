package io.jadis.examples.shortener;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

@Repository
public interface ShortUrls extends CrudRepository<ShortUrl, String> {

    /** Deletes every short URL, for a fresh run of the demo. */
    @Query("DELETE FROM ShortUrl")
    long deleteEverything();
}
