package fr.proxima.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * Which lycées a user may see and act on, from their Camunda group memberships. Every module
 * calls this one service, so that no route forgets the per-lycée check.
 */
@Service
public class SchoolAccess {

    private final ProcessEngine processEngine;

    public SchoolAccess(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    public boolean isAdministrator(String userId) {
        return groupIds(userId).contains(Groups.ADMINISTRATORS);
    }

    /** True for a regional planner, who publishes the visits of every lycée. */
    public boolean isPlanner(String userId) {
        return groupIds(userId).contains(Groups.PLANNERS);
    }

    /** True for a member of the technicians' group, whatever lycées they serve. */
    public boolean isTechnician(String userId) {
        return groupIds(userId).contains(Groups.TECHNICIANS);
    }

    /** UAIs of the lycées where the user is a correspondent, sorted. */
    public Set<String> correspondentSchools(String userId) {
        return collect(userId, Groups::uaiOfCorrespondentsGroup);
    }

    /** UAIs of the lycées that the user serves as a technician, sorted. */
    public Set<String> technicianSchools(String userId) {
        return collect(userId, Groups::uaiOfTechniciansGroup);
    }

    /** UAIs of the lycées that the user heads, sorted. */
    public Set<String> headSchools(String userId) {
        return collect(userId, Groups::uaiOfHeadsGroup);
    }

    /**
     * True when the user may read the lycée's data: its correspondents, its technicians, its head,
     * administrators.
     */
    public boolean canRead(String userId, String uai) {
        if (userId == null || uai == null) {
            return false;
        }
        List<String> groups = groupIds(userId);
        return groups.contains(Groups.ADMINISTRATORS)
                || groups.contains(Groups.correspondentsOf(uai))
                || groups.contains(Groups.techniciansOf(uai))
                || groups.contains(Groups.headsOf(uai));
    }

    private Set<String> collect(String userId, Function<String, Optional<String>> uaiOf) {
        Set<String> uais = new TreeSet<>();
        for (String groupId : groupIds(userId)) {
            uaiOf.apply(groupId).ifPresent(uais::add);
        }
        return uais;
    }

    private List<String> groupIds(String userId) {
        if (userId == null || userId.isBlank()) {
            return List.of();
        }
        return EngineQueries.withoutAuthorization(processEngine, () ->
                processEngine.getIdentityService().createGroupQuery().groupMember(userId)
                        .unlimitedList().stream()
                        .map(Group::getId)
                        .toList());
    }
}
