package io.jadis.provider.contract;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;

@Repository
public interface Specimens extends BasicRepository<Specimen, String> {
}
