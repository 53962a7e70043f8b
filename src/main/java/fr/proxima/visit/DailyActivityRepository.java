package fr.proxima.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DailyActivityRepository extends JpaRepository<DailyActivity, Long> {

    Optional<DailyActivity> findBySchoolUaiAndDate(String schoolUai, LocalDate date);

    List<DailyActivity> findBySchoolUaiOrderByDateDesc(String schoolUai);
}
