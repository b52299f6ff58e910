package io.jadis.cdi;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

/** A repository that no bean injects: CDI finds it only if Jadis registers it. */
@Repository
public interface Orders extends CrudRepository<Book, String> {
}
