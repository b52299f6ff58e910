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
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    /** Whether the query returns matches, counts them or says whether there is one. */
    enum Mode { ENTITIES, COUNT, EXISTS }

    SelectPlan(EntityStore store, Source source, Filter filter, boolean unrestricted, Ordering ordering,
               Selection selection, int first, MethodSignature signature, Mode mode) {
        if (!ordering.fixed().isEmpty() && mode == Mode.ENTITIES) {
            SortKey key = ordering.fixed().get(0);
            store.indexes().require(key.path(), key.ignoreCase());
        }
        this.store = store;
        this.source = source;
        this.filter = filter;
        this.unrestricted = unrestricted;
        this.ordering = ordering;
        this.selection = selection;
        this.first = first;
        this.signature = signature;
        this.mode = mode;
        this.mapper = store.codec().mapper();
    }

    Object run(Object[] args) {
        return switch (mode) {
            case EXISTS -> unrestricted ? store.count() > 0 : matches(args).findAny().isPresent();
            case COUNT -> count(args);
            case ENTITIES -> entities(args);
        };
    }

    private Object count(Object[] args) {
        long n = unrestricted ? store.count() : matches(args).count();
        return switch (signature.shape) {
            case COUNT_INT -> Math.toIntExact(n);
            case OPTIONAL -> Optional.of(n);
            case LIST -> List.of(n);
            default -> n;
        };
    }

    private Object entities(Object[] args) {
        ResultShape shape = signature.shape;
        if (shape == ResultShape.PAGE || shape == ResultShape.CURSORED_PAGE) {
            return page(args);
        }
        List<SortKey> keys = ordering.keys(args);
        long start = 0;
        long max = first > 0 ? first : Long.MAX_VALUE;
        Limit limit = signature.limit >= 0 ? (Limit) args[signature.limit] : null;
        if (limit != null) {
            start = limit.startAt() - 1;
            max = Math.min(max, limit.maxResults());
        }
        if (shape == ResultShape.STREAM && keys.isEmpty()) {
            return matches(args).skip(start).limit(max).map(selection::apply);
        }
        boolean single = shape != ResultShape.LIST && shape != ResultShape.ARRAY && shape != ResultShape.STREAM;
        List<Object> window = single && keys.isEmpty() ? matches(args).limit(Math.min(max, 2)).toList()
                : Window.of(sortable(keys, start + max, args), SortKey.comparator(ordering.total(keys)), start, max);
        List<Object> results = new ArrayList<>(window.size());
        for (Object e : window) {
            results.add(selection.apply(e));
        }
        return shape(results);
    }

    /**
     * The matches a sorted window is cut from: the first ones in index order when a secondary index
     * serves the first sort key and nothing narrower finds the candidates, else every match.
     */
    private Stream<Object> sortable(List<SortKey> keys, long needed, Object[] args) {
        if (!keys.isEmpty() && needed < Long.MAX_VALUE && source.scans()) {
            List<Object> first = OrderedWalk.first(store, keys.get(0), filter, unrestricted, needed, args, mapper);
            if (first != null) {
                return first.stream();
            }
        }
        return matches(args);
    }

    Stream<Object> matches(Object[] args) {
        Stream<Object> candidates = source.candidates(args);
        return unrestricted ? candidates : candidates.filter(e -> filter.test(e, args));
    }

    private Object page(Object[] args) {
        PageRequest request = Ordering.pageRequest(signature, args);
        List<SortKey> criteria = ordering.keys(args);
        List<SortKey> keys = ordering.total(criteria);
        if (signature.shape == ResultShape.CURSORED_PAGE) {
            List<Object> sorted = new ArrayList<>(matches(args).toList());
            sorted.sort(SortKey.comparator(keys));
            return Cursors.page(sorted, request, criteria, keys, selection);
        }
        if (request.mode() != PageRequest.Mode.OFFSET) {
            throw new UnsupportedOperationException("Cursor-based page requests need a method that returns"
                    + " CursoredPage; " + signature.repository.describe(signature.method) + " returns Page");
        }
        long[] total = {0};
        long offset = (request.page() - 1) * (long) request.size();
        Stream<Object> candidates = request.requestTotal() && !unrestricted ? matches(args)
                : sortable(criteria, offset + request.size() + 1L, args);
        Stream<Object> counted = candidates.peek(e -> total[0]++);
        List<Object> window = Window.of(counted, SortKey.comparator(keys), offset, request.size() + 1L);
        if (request.requestTotal() && unrestricted) {
            total[0] = store.count();
        }
        List<Object> content = new ArrayList<>(Math.min(window.size(), request.size()));
        for (Object e : window.subList(0, Math.min(window.size(), request.size()))) {
            content.add(selection.apply(e));
        }
        return new PageRecord<>(request, content, request.requestTotal() ? total[0] : -1,
                window.size() > request.size());
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
                    throw nonUnique();
                }
                yield results.isEmpty() ? Optional.empty() : Optional.ofNullable(results.get(0));
            }
            default -> {
                if (results.isEmpty()) {
                    throw new EmptyResultException(signature.repository.describe(signature.method)
                            + " found no result");
                }
                if (results.size() > 1) {
                    throw nonUnique();
                }
                yield results.get(0);
            }
        };
    }

    private NonUniqueResultException nonUnique() {
        return new NonUniqueResultException(signature.repository.describe(signature.method)
                + " expects at most one result but found several");
    }
}
