package io.jadis.provider.internal.model;

/**
 * How a top-level attribute's value is laid out: as one JSON value, or as a collection whose
 * elements (or entries) an engine may store separately so that appending costs the same at any size.
 */
public enum Shape {
    VALUE, LIST, MAP
}
