package io.jadis.provider.internal.engine;

/**
 * A document as read: its key (named in errors), revision and JSON text.
 */
public record StoredDoc(String key, long revision, String json) {
}
