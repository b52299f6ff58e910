package io.jadis.provider.internal.model;

import jakarta.data.exceptions.MappingException;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/** An entity class: its attributes plus identity, optional version and key prefix. */
public final class EntityModel extends ClassModel {
    private final String name;
    private final String keyPrefix;
    private final Attribute id;
    private final Attribute version;
    private final long timeToLive;
    private final boolean slidingExpiry;

    EntityModel(Class<?> type, List<Attribute> attributes, MethodHandle constructor,
                String name, String keyPrefix, Attribute id, Attribute version, long timeToLive,
                boolean slidingExpiry) {
        super(type, attributes, constructor);
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.id = id;
        this.version = version;
        this.timeToLive = timeToLive;
        this.slidingExpiry = slidingExpiry;
    }

    /** Milliseconds an entity lives ({@code @TimeToLive}), 0 for ever. */
    public long timeToLive() {
        return timeToLive;
    }

    /** Whether reads and writes start the time to live again. */
    public boolean slidingExpiry() {
        return slidingExpiry;
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Attribute id() {
        return id;
    }

    /** The {@code @Version} attribute, or {@code null} when the entity has none. */
    public Attribute version() {
        return version;
    }

    public boolean isVersioned() {
        return version != null;
    }

    public Object idOf(Object entity) {
        return id.get(entity);
    }

    /**
     * Resolves a dotted path ({@code address.city}) through embedded attributes.
     *
     * @throws MappingException naming the entity and the first unknown segment
     */
    public List<Attribute> resolve(String path) {
        List<Attribute> chain = new ArrayList<>();
        ClassModel owner = this;
        for (String segment : path.split("\\.", -1)) {
            if (owner == null) {
                throw new MappingException("Attribute " + path + " of entity " + name
                        + ": " + chain.get(chain.size() - 1).name() + " is not an embeddable with attributes");
            }
            Attribute attribute = owner.queryAttribute(segment);
            if (attribute == null) {
                throw new MappingException("Entity " + name + " has no persistent attribute " + path
                        + (owner == this ? "" : " (no " + segment + " in " + owner.type().getSimpleName() + ")"));
            }
            chain.add(attribute);
            owner = attribute.embedded();
        }
        return List.copyOf(chain);
    }
}
