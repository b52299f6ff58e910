package io.jadis.provider.internal.program;

/**
 * Encodes a path for the server-side interpreter: each segment is a type letter ({@code n} name,
 * {@code i} index, {@code k} map key), its length, {@code :} and its text, so any name or key can
 * be written ({@code n5:statsn4:wins}).
 */
public final class PathToken {
    private final StringBuilder sb = new StringBuilder();

    public PathToken name(String name) {
        return segment('n', name);
    }

    public PathToken index(int index) {
        return segment('i', Integer.toString(index));
    }

    public PathToken key(String key) {
        return segment('k', key);
    }

    private PathToken segment(char type, String text) {
        sb.append(type).append(text.length()).append(':').append(text);
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
