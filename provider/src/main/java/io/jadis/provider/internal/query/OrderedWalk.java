package io.jadis.provider.internal.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jadis.provider.internal.engine.StoredDoc;
import io.jadis.provider.internal.index.IndexSpec;
import io.jadis.provider.internal.index.IndexValues;
import io.jadis.provider.internal.query.eval.Filter;
import io.jadis.provider.internal.runtime.EntityStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The first results of a sorted query read from the index of its first sort key, in index order,
 * a page at a time, so that a top-N costs O(log N + k) instead of a scan. It stops once it holds
 * the wanted number of matches and has passed every entity that ties with the last of them; the
 * caller sorts what it collected by every key. Entities whose sort value is null are not in the
 * index: when the index runs out early and the attribute can be null, the walk gives up and the
 * query scans.
 */
final class OrderedWalk {
    private OrderedWalk() {
    }

    /**
     * @return at least {@code needed} matches (or all of them) including every one that ties with the
     *         last, or {@code null} when no ready index can serve the sort
     */
    static List<Object> first(EntityStore store, SortKey key, Filter filter, boolean unrestricted, long needed,
                              Object[] args, ObjectMapper mapper) {
        IndexSpec spec = store.indexes().existing(key.path(), key.ignoreCase());
        if (spec == null || !store.indexes().isReady(spec) || needed > 100_000) {
            return null;
        }
        boolean text = !spec.scored();
        List<String[]> all = List.<String[]>of(text ? new String[] {"min", "max"} : new String[] {"-inf", "+inf"});
        // Unfiltered, the index order is the answer: one entity past the wanted ones shows whether
        // the last of them has ties. A filter may reject many, so it reads further at once.
        int page = (int) Math.min(1000, unrestricted ? needed + 1 : Math.max(32, needed * 2));
        List<Object> collected = new ArrayList<>();
        Object boundary = null;
        for (long offset = 0; ; offset += page) {
            List<StoredDoc> docs = store.engine().indexPage(store.docType(), spec.name(), text, key.descending(),
                    offset, page, all);
            if (docs == null) {
                store.indexes().lost(spec);
                return null;
            }
            for (StoredDoc doc : docs) {
                if (doc == null) {
                    continue;
                }
                Object e = store.codec().decode(doc.json(), doc.key());
                Object indexed = indexed(spec, key.path().get(e), mapper);
                if (boundary != null && !Objects.equals(indexed, boundary)) {
                    return collected;
                }
                if (unrestricted || filter.test(e, args)) {
                    collected.add(e);
                    if (collected.size() == needed) {
                        boundary = indexed;
                    }
                }
            }
            if (docs.size() < page) {
                return boundary != null || neverNull(key) ? collected : null;
            }
        }
    }

    /** Whether every entity has a value for the key: a top-level primitive attribute. */
    private static boolean neverNull(SortKey key) {
        return key.path().chain().size() == 1 && key.path().type().isPrimitive();
    }

    private static Object indexed(IndexSpec spec, Object value, ObjectMapper mapper) {
        return spec.scored() ? IndexValues.score(spec, value) : IndexValues.text(spec, value, mapper);
    }
}
