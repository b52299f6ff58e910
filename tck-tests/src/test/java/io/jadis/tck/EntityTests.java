package io.jadis.tck;

/** The TCK's {@code EntityTests} (groups nosql and persistence), unchanged. */
@JadisTck
public class EntityTests extends ee.jakarta.tck.data.standalone.entity.EntityTests {
}
