package io.jadis.provider.internal.atomic;

import io.jadis.api.Atomic;
import io.jadis.api.AtomicBatch;
import io.jadis.api.AtomicResult;
import io.jadis.api.AtomicUpdate;
import io.jadis.provider.internal.model.EntityModels;
import io.jadis.provider.internal.runtime.JadisRuntime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link Atomic} of one Jadis instance. */
public final class AtomicOperations implements Atomic {
    private final JadisRuntime runtime;
    private final Map<Class<?>, AtomicSupport> supports = new ConcurrentHashMap<>();

    public AtomicOperations(JadisRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public <T> AtomicUpdate<T> on(Class<T> entityClass, Object id) {
        if (entityClass == null || id == null) {
            throw new NullPointerException("Atomic updates need an entity class and an id");
        }
        if (!EntityModels.isEntity(entityClass)) {
            throw new IllegalArgumentException(entityClass.getName() + " is not an entity class");
        }
        AtomicSupport support = supports.computeIfAbsent(entityClass,
                c -> new AtomicSupport(runtime, runtime.store(c)));
        return new AtomicUpdateImpl<>(support, id);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> AtomicUpdate<T> on(T entity) {
        if (entity == null) {
            throw new NullPointerException("Atomic updates need an entity");
        }
        Class<T> type = (Class<T>) entity.getClass();
        return on(type, runtime.store(type).model().idOf(entity));
    }

    @Override
    public AtomicBatch batch() {
        return new Batch();
    }

    private final class Batch implements AtomicBatch {
        private final List<AtomicUpdateImpl<?>> updates = new ArrayList<>();

        @Override
        public AtomicBatch with(AtomicUpdate<?> update) {
            if (!(update instanceof AtomicUpdateImpl<?> impl)) {
                throw new IllegalArgumentException("Only updates made by this Jadis' Atomic can join its batch");
            }
            updates.add(impl);
            return this;
        }

        @Override
        public List<Object> apply() {
            if (updates.isEmpty()) {
                return List.of();
            }
            List<Object> out = new ArrayList<>(updates.size());
            for (AtomicResult<?> r : AtomicRunner.runAll(runtime, updates)) {
                out.add(r.entity());
            }
            return out;
        }
    }
}
