package io.jadis.provider.query;

import io.jadis.provider.query.Ticket.Priority;
import io.jadis.provider.testing.JadisTest;
import jakarta.data.page.CursoredPage;
import jakarta.data.page.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An enum stored with {@code @Enumerated(EnumType.STRING)} orders by name in every kind of query
 * (sorting, ranges on the client, on the server and on an index, cursors); one without it orders by
 * ordinal. Tickets t1..t4 are LOW, MEDIUM, HIGH, URGENT: by name HIGH, LOW, MEDIUM, URGENT.
 */
abstract class EnumOrderContract extends JadisTest {
    private Tickets tickets;

    @BeforeEach
    void populate() {
        tickets = jadis.repository(Tickets.class);
        tickets.saveAll(List.of(new Ticket("t1", Priority.LOW), new Ticket("t2", Priority.MEDIUM),
                new Ticket("t3", Priority.HIGH), new Ticket("t4", Priority.URGENT)));
        indexesBuilt();
    }

    private static List<String> ids(List<Ticket> list) {
        return list.stream().map(t -> t.id).toList();
    }

    @Test
    void sortingFollowsTheNames() {
        assertEquals(List.of("t3", "t1", "t2", "t4"), ids(tickets.findByOrderByPriorityAscIdAsc()));
        assertEquals(List.of("t4", "t2"), ids(tickets.findFirst2ByOrderByPriorityDescIdAsc()));
    }

    @Test
    void rangesFollowTheNamesAndOrdinalsStayForOtherEnums() {
        assertEquals(List.of("t2", "t4"), ids(tickets.findByPriorityGreaterThanOrderByIdAsc(Priority.LOW)));
        assertEquals(List.of("t1", "t3"), ids(tickets.findByPriorityBetweenOrderByIdAsc(Priority.HIGH, Priority.LOW)));
        assertEquals(List.of("t2", "t3", "t4"), ids(tickets.findByLevelGreaterThanOrderByIdAsc(Priority.LOW)));
    }

    @Test
    void theServerComparesByNameInAConditionalUpdate() {
        assertEquals(2, tickets.bumpBelow(Priority.MEDIUM));
        assertEquals(List.of(1, 0, 1, 0), List.of("t1", "t2", "t3", "t4").stream()
                .map(id -> tickets.findById(id).orElseThrow().points).toList());
    }

    @Test
    void cursorsPageInNameOrder() {
        CursoredPage<Ticket> first = tickets.findByPointsGreaterThanEqualOrderByPriorityAscIdAsc(0,
                PageRequest.ofSize(2));
        assertEquals(List.of("t3", "t1"), ids(first.content()));
        CursoredPage<Ticket> second = tickets.findByPointsGreaterThanEqualOrderByPriorityAscIdAsc(0,
                first.nextPageRequest());
        assertEquals(List.of("t2", "t4"), ids(second.content()));
    }
}
