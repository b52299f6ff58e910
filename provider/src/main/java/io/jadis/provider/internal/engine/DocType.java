package io.jadis.provider.internal.engine;

import io.jadis.provider.internal.model.Attribute;
import io.jadis.provider.internal.model.EntityModel;
import io.jadis.provider.internal.model.Shape;

import java.util.List;

/**
 * What an engine knows of one entity type's documents: where they live, their top-level
 * attributes and shapes, and which member holds the revision.
 */
public final class DocType {
    /** The document member that holds the revision of entities without a {@code @Version}. */
    public static final String HIDDEN_REVISION = "#rev";

    private final String entity;
    private final KeySpace keys;
    private final String[] attributes;
    private final Shape[] shapes;
    private final String revisionField;
    private final long timeToLive;
    private final boolean sliding;

    public DocType(String entity, KeySpace keys, String[] attributes, Shape[] shapes, String revisionField,
                   long timeToLive, boolean sliding) {
        this.entity = entity;
        this.keys = keys;
        this.attributes = attributes;
        this.shapes = shapes;
        this.revisionField = revisionField;
        this.timeToLive = timeToLive;
        this.sliding = sliding;
    }

    public static DocType of(EntityModel model, String namespace) {
        List<Attribute> list = model.attributes();
        String[] names = new String[list.size()];
        Shape[] shapes = new Shape[list.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = list.get(i).name();
            shapes[i] = list.get(i).shape();
        }
        String prefix = namespace == null || namespace.isEmpty() ? model.keyPrefix()
                : namespace + ":" + model.keyPrefix();
        return new DocType(model.name(), new KeySpace(prefix), names, shapes,
                model.isVersioned() ? model.version().name() : HIDDEN_REVISION, model.timeToLive(),
                model.slidingExpiry());
    }

    public String entity() {
        return entity;
    }

    public KeySpace keys() {
        return keys;
    }

    public int attributeCount() {
        return attributes.length;
    }

    public String attribute(int i) {
        return attributes[i];
    }

    public Shape shape(int i) {
        return shapes[i];
    }

    public String revisionField() {
        return revisionField;
    }

    /** Milliseconds a document lives after its creation (or, when sliding, its last access); 0 for ever. */
    public long timeToLive() {
        return timeToLive;
    }

    public boolean slidingExpiry() {
        return sliding;
    }

    /**
     * The expiry policy as scripts read it: {@code ttl} milliseconds, {@code f} fixed or {@code s}
     * sliding ({@code 0:f} for none).
     */
    public String expiryPolicy() {
        return timeToLive + ":" + (sliding ? "s" : "f");
    }
}
