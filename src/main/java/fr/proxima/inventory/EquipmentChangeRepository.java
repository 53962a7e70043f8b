package fr.proxima.inventory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EquipmentChangeRepository extends JpaRepository<EquipmentChange, Long> {

    List<EquipmentChange> findByEquipmentIdOrderByChangedAtAscIdAsc(Long equipmentId);
}
