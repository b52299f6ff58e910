package io.jadis.tck;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a TCK test class in a Weld SE container with Jadis: one container (and so one {@code Jadis},
 * connected to the configured server or to its own embedded one) per test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(JadisWeldExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public @interface JadisTck {
}
