package fr.proxima.ticket;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WarrantyClaimRepository extends JpaRepository<WarrantyClaim, Long> {

    Optional<WarrantyClaim> findByTicketId(Long ticketId);
}
