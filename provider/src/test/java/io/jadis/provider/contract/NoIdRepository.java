package io.jadis.provider.contract;

import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Insert;
import jakarta.data.repository.Repository;

@Repository
public interface NoIdRepository extends DataRepository<NoId, String> {
    @Insert
    NoId add(NoId entity);
}
