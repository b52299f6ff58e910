package io.jadis.benchmarks.scenarios;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;

@Repository
public interface Accounts extends BasicRepository<Account, String> {
}
