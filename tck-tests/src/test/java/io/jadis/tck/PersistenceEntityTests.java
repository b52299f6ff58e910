package io.jadis.tck;

/** The TCK's {@code PersistenceEntityTests} (group persistence), unchanged. */
@JadisTck
public class PersistenceEntityTests extends ee.jakarta.tck.data.standalone.persistence.PersistenceEntityTests {
}
