package fr.proxima.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VisitRepository extends JpaRepository<Visit, Long> {

    List<Visit> findByPlanningIdOrderByDateAscStartAscIdAsc(Long planningId);

    /** Visits of these technicians on these days, whatever their status, to find double bookings. */
    List<Visit> findByTechnicianIdInAndDateBetween(Collection<String> technicianIds, LocalDate from, LocalDate to);

    List<Visit> findBySchoolUaiAndStatusInAndDateBetweenOrderByDateAscStartAsc(String schoolUai,
            Collection<VisitStatus> statuses, LocalDate from, LocalDate to);

    List<Visit> findByTechnicianIdAndStatusInAndDateBetweenOrderByDateAscStartAsc(String technicianId,
            Collection<VisitStatus> statuses, LocalDate from, LocalDate to);

    List<Visit> findByStatusAndDateBetweenOrderByDateAscStartAsc(VisitStatus status, LocalDate from, LocalDate to);

    /** Visits of one lycée over a period, by their status; the hours are summed by the caller. */
    @Query("select v from Visit v where v.schoolUai = :uai and v.date between :from and :to and v.status in :statuses")
    List<Visit> findForAllocation(@Param("uai") String uai, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("statuses") Collection<VisitStatus> statuses);

    /** Minutes recorded as spent on the visits of one lycée over a period; null when none is recorded. */
    @Query("select sum(v.consumedMinutes) from Visit v where v.schoolUai = :uai and v.date between :from and :to")
    Long sumConsumedMinutes(@Param("uai") String uai, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
