package fr.proxima.ticket;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TicketCounterRepository extends JpaRepository<TicketCounter, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TicketCounter c where c.year = :year")
    Optional<TicketCounter> lockYear(int year);
}
