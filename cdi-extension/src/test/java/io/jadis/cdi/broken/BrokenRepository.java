package io.jadis.cdi.broken;

import io.jadis.cdi.Book;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Repository;

import java.util.List;

/** A repository with a method that names an attribute Book does not have. */
@Repository
public interface BrokenRepository extends DataRepository<Book, String> {
    @Find
    List<Book> byPublisher(@jakarta.data.repository.By("publisher") String publisher);
}
