package io.jadis.benchmarks.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a contender reports besides its rate (updates it lost, an invariant it kept), passed from
 * the forked benchmark JVM to the harness through the file the harness names in {@value #PROPERTY}.
 */
public final class Notes {
    public static final String PROPERTY = "jadis.bench.note";

    private Notes() {
    }

    /** Replaces the contender's note; without the harness (no file named) there is no one to tell. */
    public static void write(String note) {
        String file = System.getProperty(PROPERTY);
        if (file != null) {
            try {
                Files.writeString(Path.of(file), note);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
