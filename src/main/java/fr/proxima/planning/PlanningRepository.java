package fr.proxima.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningRepository extends JpaRepository<Planning, Long> {

    List<Planning> findAllByOrderByUploadedAtDescIdDesc();
}
