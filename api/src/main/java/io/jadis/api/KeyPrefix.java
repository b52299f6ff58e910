package io.jadis.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets the prefix of the Redis keys that hold an entity's documents: an entity with id {@code 42}
 * is stored at {@code <prefix>:42}. Without this annotation the prefix is the entity name
 * ({@code @Entity(name)} or the simple class name).
 *
 * <pre>
 * &#64;Entity
 * &#64;KeyPrefix("url")
 * public class ShortUrl { ... }   // keys url:&lt;code&gt;
 * </pre>
 *
 * <p>The prefix must not be blank and must not contain {@code #}, which Jadis reserves for its own
 * keys next to the documents (the id registry {@code <prefix>:#ids}, indexes, expiry).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KeyPrefix {
    /** The key prefix, without the trailing {@code :}. */
    String value();
}
