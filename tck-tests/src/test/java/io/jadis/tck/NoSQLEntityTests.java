package io.jadis.tck;

/** The TCK's {@code NoSQLEntityTests} (group nosql), unchanged. */
@JadisTck
public class NoSQLEntityTests extends ee.jakarta.tck.data.standalone.nosql.example.NoSQLEntityTests {
}
