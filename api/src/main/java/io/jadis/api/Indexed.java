package io.jadis.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps a secondary index of an attribute, so that queries filtering or sorting on it (equality,
 * {@code In}, ranges, {@code StartsWith}, {@code True}/{@code False}, a sorted top-N, counts) read
 * the index instead of scanning every entity. Indexes live in Redis next to the documents (sorted
 * sets) and change in the same atomic step as every write.
 *
 * <p>Jadis also indexes, without being asked, every attribute that a repository method filters or
 * sorts on, so this annotation is for attributes queried in other ways (dynamic {@code Sort}, JDQL
 * built at run time) or to index ignoring case.
 *
 * <p>Indexable: numbers, text, {@code char}, enums, booleans, dates and times, and attributes of
 * embedded objects (annotate the embeddable's field).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Indexed {

    /** Also keep an index of the upper-cased text, for {@code IgnoreCase} queries and sorts. */
    boolean ignoreCase() default false;
}
