package fr.proxima.calendar;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolCalendarPeriodRepository extends JpaRepository<SchoolCalendarPeriod, Long> {

    List<SchoolCalendarPeriod> findBySchoolYear(String schoolYear);

    List<SchoolCalendarPeriod> findBySchoolYearIn(Collection<String> schoolYears);
}
