package fr.proxima.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketRepository extends JpaRepository<Ticket, Long> {

    Optional<Ticket> findByNumber(String number);

    Optional<Ticket> findByProcessInstanceId(String processInstanceId);

    List<Ticket> findBySchoolUaiInOrderByOpenedAtDesc(Collection<String> schoolUais);

    List<Ticket> findAllByOrderByOpenedAtDesc();

    List<Ticket> findBySchoolUaiAndStatusInOrderByPriorityDescOpenedAtAsc(String schoolUai,
            Collection<TicketStatus> statuses);
}
