package fr.proxima.visit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitReportRepository extends JpaRepository<VisitReport, Long> {

    List<VisitReport> findBySchoolUaiAndDateOrderByOpenedAtAscVisitIdAsc(String schoolUai, LocalDate date);
}
