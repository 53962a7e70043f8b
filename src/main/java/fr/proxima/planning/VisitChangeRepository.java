package fr.proxima.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitChangeRepository extends JpaRepository<VisitChange, Long> {

    List<VisitChange> findByVisitIdOrderByChangedAtAscIdAsc(Long visitId);
}
