package io.jadis.cdi;

import jakarta.data.repository.By;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface Books extends CrudRepository<Book, String> {
    @Find
    List<Book> byAuthor(@By("author") String author);
}
