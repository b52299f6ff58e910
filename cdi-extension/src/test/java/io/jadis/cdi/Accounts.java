package io.jadis.cdi;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

@Repository
public interface Accounts extends CrudRepository<Account, Long> {
}
