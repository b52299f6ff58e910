package io.jadis.provider.internal.query;

import io.jadis.provider.internal.query.bind.AttributePath;
import io.jadis.provider.internal.query.eval.Values;

import java.util.Comparator;
import java.util.List;

/**
 * One sort criterion resolved to an attribute. Nulls sort after every value, in either direction
 * (so that an index, which holds no nulls, yields the first results of both directions).
 */
record SortKey(AttributePath path, boolean descending, boolean ignoreCase) {

    Object value(Object entity) {
        return normalize(path.get(entity));
    }

    /** A value as this key orders it: an enum stored by name as its name, upper-cased when ignoring case. */
    Object normalize(Object v) {
        if (v == null) {
            return null;
        }
        Object comparable = path.leaf().comparable(v);
        return ignoreCase ? Values.upper(comparable) : comparable;
    }

    int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int c = Values.compare(a, b);
        return descending ? -c : c;
    }

    /** Orders entities by the keys in turn. */
    static Comparator<Object> comparator(List<SortKey> keys) {
        return (x, y) -> {
            for (SortKey k : keys) {
                int c = k.compareValues(k.value(x), k.value(y));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
