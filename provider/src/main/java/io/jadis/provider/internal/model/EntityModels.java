package io.jadis.provider.internal.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entity and embeddable models of one Jadis instance: each class is read once, on first use
 * while repositories are created, and shared from then on.
 */
public final class EntityModels {
    private final Map<Class<?>, EntityModel> entities = new ConcurrentHashMap<>();
    private final Map<Class<?>, ClassModel> classes = new ConcurrentHashMap<>();

    public EntityModel of(Class<?> entityClass) {
        EntityModel model = entities.get(entityClass);
        if (model != null) {
            return model;
        }
        synchronized (this) {
            model = entities.get(entityClass);
            if (model == null) {
                ModelReader reader = new ModelReader(classes);
                model = reader.readEntity(entityClass);
                classes.put(entityClass, model);
                entities.put(entityClass, model);
            }
            return model;
        }
    }

    /** The model of an entity or embeddable class, read now if need be; {@code null} for other classes. */
    public ClassModel classModel(Class<?> type) {
        ClassModel model = classes.get(type);
        if (model != null) {
            return model;
        }
        if (isEntity(type)) {
            return of(type);
        }
        if (isEmbeddable(type)) {
            synchronized (this) {
                return new ModelReader(classes).embeddable(type);
            }
        }
        return null;
    }

    public static boolean isEntity(Class<?> type) {
        return type.isAnnotationPresent(jakarta.persistence.Entity.class)
                || type.isAnnotationPresent(jakarta.nosql.Entity.class);
    }

    public static boolean isEmbeddable(Class<?> type) {
        return type.isAnnotationPresent(jakarta.persistence.Embeddable.class)
                || type.isAnnotationPresent(jakarta.nosql.Embeddable.class);
    }
}
