package io.jadis.provider.internal.atomic;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jadis.provider.internal.runtime.EntityStore;
import io.jadis.provider.internal.runtime.JadisRuntime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What atomic updates of one entity type share: its store and its paths, each checked once. */
final class AtomicSupport {
    final EntityStore store;
    final ObjectMapper mapper;
    final ValueEncoder encoder;
    final JadisRuntime runtime;
    private final Map<String, ResolvedPath> paths = new ConcurrentHashMap<>();

    AtomicSupport(JadisRuntime runtime, EntityStore store) {
        this.runtime = runtime;
        this.store = store;
        this.mapper = runtime.json().mapper();
        this.encoder = new ValueEncoder(mapper);
    }

    ResolvedPath path(String text) {
        ResolvedPath p = paths.get(text);
        if (p == null) {
            p = ResolvedPath.resolve(text, store.model(), runtime.models(), mapper);
            paths.putIfAbsent(text, p);
        }
        return p;
    }
}
