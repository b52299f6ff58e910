package io.jadis.provider.query;

import jakarta.data.page.CursoredPage;
import jakarta.data.page.PageRequest;
import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Param;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.util.List;

@Repository
public interface Tickets extends BasicRepository<Ticket, String> {
    List<Ticket> findByOrderByPriorityAscIdAsc();

    List<Ticket> findFirst2ByOrderByPriorityDescIdAsc();

    List<Ticket> findByPriorityGreaterThanOrderByIdAsc(Ticket.Priority priority);

    List<Ticket> findByPriorityBetweenOrderByIdAsc(Ticket.Priority low, Ticket.Priority high);

    List<Ticket> findByLevelGreaterThanOrderByIdAsc(Ticket.Priority level);

    CursoredPage<Ticket> findByPointsGreaterThanEqualOrderByPriorityAscIdAsc(int points, PageRequest page);

    @Query("UPDATE Ticket SET points = points + 1 WHERE priority < :priority")
    long bumpBelow(@Param("priority") Ticket.Priority priority);
}
