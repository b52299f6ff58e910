package io.jadis.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** An application bean that uses a repository, as users write them. */
@ApplicationScoped
public class Library {
    @Inject
    Books books;

    public void donate(String isbn, String title, String author) {
        books.insert(new Book(isbn, title, author));
    }

    public List<String> titlesBy(String author) {
        return books.byAuthor(author).stream().map(b -> b.title).sorted().toList();
    }
}
