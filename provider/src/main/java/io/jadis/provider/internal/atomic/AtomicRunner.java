package io.jadis.provider.internal.atomic;

import io.jadis.api.AtomicResult;
import io.jadis.api.ConditionNotMetException;
import io.jadis.api.JadisException;
import io.jadis.api.LockTimeoutException;
import io.jadis.provider.internal.engine.DocumentEngine;
import io.jadis.provider.internal.runtime.JadisRuntime;

import java.util.ArrayList;
import java.util.List;

/** Applies updates of one or several entities in one engine call, and explains failures in their terms. */
final class AtomicRunner {
    private AtomicRunner() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<AtomicResult<?>> runAll(JadisRuntime runtime, List<AtomicUpdateImpl<?>> updates) {
        return (List) run(runtime, (List) updates);
    }

    static <T> List<AtomicResult<T>> run(JadisRuntime runtime, List<AtomicUpdateImpl<T>> updates) {
        if (runtime.transactions().isActive()) {
            List<AtomicResult<T>> buffered = new ArrayList<>(updates.size());
            for (AtomicUpdateImpl<T> u : updates) {
                buffered.add(u.buffer());
            }
            return buffered;
        }
        List<DocumentEngine.Target> targets = new ArrayList<>(updates.size());
        for (AtomicUpdateImpl<T> u : updates) {
            targets.add(u.target());
        }
        List<DocumentEngine.Applied> applied;
        try {
            applied = runtime.engine().applyAll(targets);
        } catch (ConditionNotMetException e) {
            throw new ConditionNotMetException(e.getMessage() + describeConditions(updates));
        } catch (LockTimeoutException e) {
            throw e;
        } catch (JadisException e) {
            if (e.getCause() == null || updates.size() != 1) {
                throw new JadisException("Atomic update refused, nothing was written: " + e.getMessage(), e);
            }
            throw new JadisException("Atomic update of " + updates.get(0).describe() + " refused, nothing was"
                    + " written: " + e.getMessage(), e);
        }
        List<AtomicResult<T>> out = new ArrayList<>(applied.size());
        for (int i = 0; i < applied.size(); i++) {
            out.add(updates.get(i).result(applied.get(i)));
        }
        return out;
    }

    private static String describeConditions(List<? extends AtomicUpdateImpl<?>> updates) {
        List<String> all = new ArrayList<>();
        for (AtomicUpdateImpl<?> u : updates) {
            all.addAll(u.conditions());
        }
        return all.isEmpty() ? "" : " (conditions: " + String.join("; ", all) + ")";
    }
}
