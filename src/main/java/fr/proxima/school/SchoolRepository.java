package fr.proxima.school;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolRepository extends JpaRepository<School, String> {

    List<School> findByUaiInOrderByName(Collection<String> uais);
}
