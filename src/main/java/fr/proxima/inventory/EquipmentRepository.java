package fr.proxima.inventory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EquipmentRepository extends JpaRepository<Equipment, Long> {

    List<Equipment> findBySchoolUaiOrderByLabelNumberAscSerialNumberAscIdAsc(String schoolUai);

    Optional<Equipment> findBySchoolUaiAndLabelNumber(String schoolUai, String labelNumber);

    List<Equipment> findBySchoolUaiAndSerialNumber(String schoolUai, String serialNumber);

    List<Equipment> findBySchoolUaiAndHostNameIgnoreCase(String schoolUai, String hostName);
}
