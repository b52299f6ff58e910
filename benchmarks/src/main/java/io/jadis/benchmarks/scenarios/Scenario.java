package io.jadis.benchmarks.scenarios;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of this package as one scenario of the report. Its {@code @Benchmark} methods
 * named {@code jadis} or {@code jadis<Variant>} are measured against each of its other
 * {@code @Benchmark} methods, the baselines (a new peer, such as Spring Data Redis, is one more
 * method); the harness discovers it by itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Scenario {
    /** The JMH parameter that carries the data size of a {@link #sized()} scenario. */
    String ENTITIES = "entities";

    /** What it does, as the report's row title. */
    String value();

    /** What one operation is, when it is not one call. */
    String unit() default "ops/s";

    /** The redis-benchmark test that bounds it from above, if one does. */
    String ceiling() default "";

    /** At most this many concurrent callers, whatever the profile asks for. */
    int maxCallers() default Integer.MAX_VALUE;

    /**
     * Measured at each data size of the profile, passed as the JMH parameter {@value #ENTITIES}
     * (an {@code @Param int entities} of one of its states).
     */
    boolean sized() default false;
}
