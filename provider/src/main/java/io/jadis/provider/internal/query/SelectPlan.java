package io.jadis.provider.internal.query;

import io.jadis.provider.internal.query.eval.Filter;
import io.jadis.provider.internal.runtime.EntityStore;
import jakarta.data.Limit;
import jakarta.data.exceptions.EmptyResultException;
import jakarta.data.exceptions.NonUniqueResultException;
import jakarta.data.page.PageRequest;
import jakarta.data.page.impl.PageRecord;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs a find, count or exists query: streams the entity type's documents in batches, keeps the
 * matches, sorts them and cuts the requested window, then shapes the result as the method returns it.
 */
final class SelectPlan {
    private final EntityStore store;
    private final Source source;
    private final Filter filter;
    private final boolean unrestricted;
    private final Ordering ordering;
    private final Selection selection;
    private final int first;
    private final MethodSignature signature;
    private final Mode mode;

    /** Whether the query returns matches, counts them or says whether there is one. */
    enum Mode { ENTITIES, COUNT, EXISTS }

    SelectPlan(EntityStore store, Source source, Filter filter, boolean unrestricted, Ordering ordering,
               Selection selection, int first, MethodSignature signature, Mode mode) {
        this.store = store;
        this.source = source;
        this.filter = filter;
        this.unrestricted = unrestricted;
        this.ordering = ordering;
        this.selection = selection;
        this.first = first;
        this.signature = signature;
        this.mode = mode;
    }

    Object run(Object[] args) {
        ResultShape shape = signature.shape;
        if (mode == Mode.EXISTS) {
            return unrestricted ? store.count() > 0 : matches(args).findAny().isPresent();
        }
        if (mode == Mode.COUNT) {
            long n = countMatches(args);
            return switch (shape) {
                case COUNT_INT -> Math.toIntExact(n);
                case OPTIONAL -> Optional.of(n);
                case LIST -> List.of(n);
                default -> n;
            };
        }
        if (shape == ResultShape.PAGE || shape == ResultShape.CURSORED_PAGE) {
            return page(args);
        }
        if (shape == ResultShape.STREAM && ordering.keys(args).isEmpty() && signature.limit < 0) {
            Stream<Object> s = matches(args).map(selection::apply);
            return first > 0 ? s.limit(first) : s;
        }
        return shape(window(sorted(args), args));
    }

    long countMatches(Object[] args) {
        return unrestricted ? store.count() : matches(args).count();
    }

    Stream<Object> matches(Object[] args) {
        Stream<Object> candidates = source.candidates(args);
        return unrestricted ? candidates : candidates.filter(e -> filter.test(e, args));
    }

    private List<Object> sorted(Object[] args) {
        List<Object> list = new ArrayList<>(matches(args).toList());
        List<SortKey> keys = ordering.keys(args);
        if (!keys.isEmpty() || signature.shape.isMultiple()) {
            list.sort(SortKey.comparator(ordering.total(keys)));
        }
        return list;
    }

    private List<Object> window(List<Object> sorted, Object[] args) {
        long start = 0;
        long max = first > 0 ? first : Long.MAX_VALUE;
        if (signature.limit >= 0 && args[signature.limit] != null) {
            Limit limit = (Limit) args[signature.limit];
            start = limit.startAt() - 1;
            max = Math.min(max, limit.maxResults());
        }
        int from = (int) Math.min(start, sorted.size());
        int to = (int) Math.min(sorted.size(), from + Math.min(max, Integer.MAX_VALUE));
        List<Object> out = new ArrayList<>(to - from);
        for (Object e : sorted.subList(from, to)) {
            out.add(selection.apply(e));
        }
        return out;
    }

    private Object page(Object[] args) {
        PageRequest request = Ordering.pageRequest(signature, args);
        List<SortKey> keys = ordering.total(ordering.keys(args));
        List<Object> sorted = new ArrayList<>(matches(args).toList());
        sorted.sort(SortKey.comparator(keys));
        if (signature.shape == ResultShape.CURSORED_PAGE) {
            return Cursors.page(sorted, request, ordering.keys(args), keys, selection);
        }
        if (request.mode() != PageRequest.Mode.OFFSET) {
            throw new UnsupportedOperationException("Cursor-based page requests need a method that returns"
                    + " CursoredPage; " + signature.repository.describe(signature.method) + " returns Page");
        }
        long offset = (request.page() - 1) * (long) request.size();
        int from = (int) Math.min(offset, sorted.size());
        int to = (int) Math.min(sorted.size(), (long) from + request.size());
        List<Object> content = new ArrayList<>(to - from);
        for (Object e : sorted.subList(from, to)) {
            content.add(selection.apply(e));
        }
        return new PageRecord<>(request, content, request.requestTotal() ? sorted.size() : -1);
    }

    private Object shape(List<Object> results) {
        return switch (signature.shape) {
            case LIST -> results;
            case STREAM -> results.stream();
            case ARRAY -> {
                Object array = Array.newInstance(signature.elementType, results.size());
                for (int i = 0; i < results.size(); i++) {
                    Array.set(array, i, results.get(i));
                }
                yield array;
            }
            case OPTIONAL -> {
                if (results.size() > 1) {
                    throw nonUnique(results.size());
                }
                yield results.isEmpty() ? Optional.empty() : Optional.ofNullable(results.get(0));
            }
            default -> {
                if (results.isEmpty()) {
                    throw new EmptyResultException(signature.repository.describe(signature.method)
                            + " found no result");
                }
                if (results.size() > 1) {
                    throw nonUnique(results.size());
                }
                yield results.get(0);
            }
        };
    }

    private NonUniqueResultException nonUnique(int n) {
        return new NonUniqueResultException(signature.repository.describe(signature.method)
                + " expects at most one result but found " + n);
    }
}
