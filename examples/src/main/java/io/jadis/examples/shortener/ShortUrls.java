package io.jadis.examples.shortener;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

@Repository
public interface ShortUrls extends CrudRepository<ShortUrl, String> {
}
