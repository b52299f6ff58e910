package io.jadis.cdi.broken;

import jakarta.inject.Inject;

/** Not discovered (beans.xml excludes its package); added explicitly by the test that wants it. */
public class BrokenClient {
    @Inject
    BrokenRepository repository;
}
