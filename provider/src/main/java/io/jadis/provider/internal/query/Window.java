package io.jadis.provider.internal.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * The results {@code [start, start + max)} of a stream in an order. A small window keeps only its
 * best candidates in a heap as the stream goes by, so a top-N costs memory for N, not for every match.
 */
final class Window {
    private static final int HEAP_LIMIT = 10_000;

    private Window() {
    }

    static List<Object> of(Stream<Object> matches, Comparator<Object> order, long start, long max) {
        long end = max == Long.MAX_VALUE ? Long.MAX_VALUE : start + max;
        if (end > HEAP_LIMIT) {
            List<Object> all = new ArrayList<>(matches.toList());
            all.sort(order);
            return slice(all, start, end);
        }
        int size = (int) end;
        if (size == 0) {
            matches.close();
            return List.of();
        }
        PriorityQueue<Object> best = new PriorityQueue<>(size, order.reversed());
        for (Iterator<Object> it = matches.iterator(); it.hasNext(); ) {
            Object e = it.next();
            if (best.size() < size) {
                best.add(e);
            } else if (order.compare(e, best.peek()) < 0) {
                best.poll();
                best.add(e);
            }
        }
        List<Object> all = new ArrayList<>(best);
        all.sort(order);
        return slice(all, start, end);
    }

    private static List<Object> slice(List<Object> sorted, long start, long end) {
        int from = (int) Math.min(start, sorted.size());
        int to = (int) Math.min(end, sorted.size());
        return from == 0 && to == sorted.size() ? sorted : new ArrayList<>(sorted.subList(from, to));
    }
}
