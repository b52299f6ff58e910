package io.jadis.tck;

/**
 * The TCK's {@code SignatureTests} (groups nosql and persistence), unchanged. It needs no container:
 * it compares the Jakarta Data API jar on the classpath with the TCK's recorded signatures, using the
 * system properties {@code jimage.dir} and {@code signature.sigTestClasspath} that the build sets.
 */
public class SignatureTests extends ee.jakarta.tck.data.standalone.signature.SignatureTests {
}
