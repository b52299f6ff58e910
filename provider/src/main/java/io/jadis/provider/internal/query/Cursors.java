package io.jadis.provider.internal.query;

import jakarta.data.page.CursoredPage;
import jakarta.data.page.PageRequest;
import jakarta.data.page.impl.CursoredPageRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Cursor-based pages: the cursor of an entity is its values of the query's sort criteria; the
 * next page starts after the last cursor, the previous one ends before the first.
 */
final class Cursors {
    private Cursors() {
    }

    static CursoredPage<Object> page(List<Object> sorted, PageRequest request, List<SortKey> criteria,
                                     List<SortKey> total, Selection selection) {
        if (criteria.isEmpty()) {
            criteria = total;
        }
        int size = request.size();
        int from;
        int to;
        switch (request.mode()) {
            case CURSOR_NEXT -> {
                from = firstAfter(sorted, criteria, cursor(request));
                to = Math.min(sorted.size(), from + size);
            }
            case CURSOR_PREVIOUS -> {
                to = firstNotBefore(sorted, criteria, cursor(request));
                from = Math.max(0, to - size);
            }
            default -> {
                long offset = (request.page() - 1) * (long) size;
                from = (int) Math.min(offset, sorted.size());
                to = Math.min(sorted.size(), from + size);
            }
        }
        List<Object> content = new ArrayList<>(to - from);
        List<PageRequest.Cursor> cursors = new ArrayList<>(to - from);
        for (Object e : sorted.subList(from, to)) {
            content.add(selection.apply(e));
            cursors.add(cursorOf(e, criteria));
        }
        long totalElements = request.requestTotal() ? sorted.size() : -1;
        if (content.isEmpty()) {
            return new CursoredPageRecord<>(content, cursors, totalElements, request, null, null);
        }
        return new CursoredPageRecord<>(content, cursors, totalElements, request, from == 0,
                to >= sorted.size());
    }

    private static PageRequest.Cursor cursor(PageRequest request) {
        return request.cursor().orElseThrow(() -> new IllegalArgumentException("The page request has no cursor"));
    }

    private static PageRequest.Cursor cursorOf(Object entity, List<SortKey> criteria) {
        Object[] key = new Object[criteria.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = criteria.get(i).path().get(entity);
        }
        return PageRequest.Cursor.forKey(key);
    }

    private static int firstAfter(List<Object> sorted, List<SortKey> criteria, PageRequest.Cursor cursor) {
        int i = 0;
        while (i < sorted.size() && compare(sorted.get(i), criteria, cursor) <= 0) {
            i++;
        }
        return i;
    }

    private static int firstNotBefore(List<Object> sorted, List<SortKey> criteria, PageRequest.Cursor cursor) {
        int i = 0;
        while (i < sorted.size() && compare(sorted.get(i), criteria, cursor) < 0) {
            i++;
        }
        return i;
    }

    /** The entity's position relative to the cursor in the sort order. */
    private static int compare(Object entity, List<SortKey> criteria, PageRequest.Cursor cursor) {
        if (cursor.size() != criteria.size()) {
            throw new IllegalArgumentException("The cursor has " + cursor.size() + " values but the query sorts by "
                    + criteria.size() + " attributes");
        }
        for (int i = 0; i < criteria.size(); i++) {
            SortKey k = criteria.get(i);
            Object c = cursor.get(i);
            int r = k.compareValues(k.value(entity), k.normalize(c));
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
}
