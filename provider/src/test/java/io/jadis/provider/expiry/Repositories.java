package io.jadis.provider.expiry;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;

import java.util.List;

final class Repositories {
    private Repositories() {
    }

    @Repository
    interface Sessions extends BasicRepository<Session, String> {
        List<Session> findByUser(String user);

        long countByUser(String user);
    }

    @Repository
    interface Tokens extends BasicRepository<Token, String> {
    }
}
