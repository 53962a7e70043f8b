package fr.proxima.disposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DisposalRepository extends JpaRepository<Disposal, Long> {

    List<Disposal> findBySchoolUaiOrderByProposedAtDescIdDesc(String schoolUai);

    Optional<Disposal> findByProcessInstanceId(String processInstanceId);

    /** Returns the disposals not yet ended that contain the item and have not withdrawn it. */
    @Query("select d from Disposal d join d.items i where i.equipmentId = :equipmentId and i.withdrawnAt is null"
            + " and d.status not in :finalStatuses")
    List<Disposal> findOpenContaining(@Param("equipmentId") long equipmentId,
            @Param("finalStatuses") List<DisposalStatus> finalStatuses);
}
