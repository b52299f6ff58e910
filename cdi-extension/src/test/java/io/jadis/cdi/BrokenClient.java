package io.jadis.cdi;

import jakarta.inject.Inject;

/** Not discovered (no bean-defining annotation); added explicitly by the test that wants it. */
public class BrokenClient {
    @Inject
    BrokenRepository repository;
}
