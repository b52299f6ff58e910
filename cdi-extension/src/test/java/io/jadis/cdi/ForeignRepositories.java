package io.jadis.cdi;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

/** Repositories meant for other providers, which Jadis must leave alone. */
public final class ForeignRepositories {
    private ForeignRepositories() {
    }

    /** Names another provider. */
    @Repository(provider = "SomeoneElse")
    public interface Catalogue extends CrudRepository<Book, String> {
    }

    /** Its entity carries neither a Jakarta Persistence nor a Jakarta NoSQL entity annotation. */
    @Repository
    public interface Shelves extends CrudRepository<Shelf, String> {
    }

    public static class Shelf {
        public String id;
    }
}
