package io.jadis.provider.internal.atomic;

/**
 * One step of a path into a document: an attribute (or member) name, a list index (negative
 * counts from the end) or a map key.
 */
public sealed interface PathSegment {

    record Name(String name) implements PathSegment {
    }

    record Index(int index) implements PathSegment {
    }

    record Key(String key) implements PathSegment {
    }
}
