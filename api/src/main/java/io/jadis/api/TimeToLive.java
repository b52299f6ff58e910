package io.jadis.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * Gives every entity of a class a time to live: the server removes it when the time is up, and it
 * never appears in {@code findAll}, {@code count} or query results after that. The expiry is set in
 * the same atomic step as the write that creates the entity.
 *
 * <ul>
 *   <li>fixed (the default): the entity expires {@code value} {@code unit}s after it was inserted;
 *       updates keep that moment;</li>
 *   <li>{@code sliding = true}: every write and every read by id starts the time again.</li>
 * </ul>
 *
 * <p>An atomic update can set a different time for one entity with
 * {@link AtomicUpdate#expireAfter(java.time.Duration)}.
 *
 * <pre>
 * &#64;Entity
 * &#64;TimeToLive(value = 30, unit = ChronoUnit.MINUTES, sliding = true)
 * public class Session { ... }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TimeToLive {
    long value();

    ChronoUnit unit() default ChronoUnit.SECONDS;

    boolean sliding() default false;
}
