package io.jadis.provider.atomic;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

@Repository
public interface Players extends CrudRepository<Player, String> {
}
