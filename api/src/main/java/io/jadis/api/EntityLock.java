package io.jadis.api;

/** Locks held on one or several entities; {@link #close()} releases them all. */
public interface EntityLock extends AutoCloseable {

    /** Releases every lock this object holds; calling it again does nothing. */
    @Override
    void close();
}
