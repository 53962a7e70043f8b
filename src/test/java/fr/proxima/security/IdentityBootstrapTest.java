package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IdentityBootstrapTest extends WebIntegrationTest {

    /** Resources that the engine checks only with enableHistoricInstancePermissions, which is off. */
    private static final List<Resource> HISTORIC_INSTANCE_RESOURCES = List.of(Resources.HISTORIC_PROCESS_INSTANCE,
            Resources.HISTORIC_TASK);

    @Autowired
    IdentityBootstrap identityBootstrap;

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    FilterService filterService;

    @Autowired
    SchoolRepository schoolRepository;

    @Test
    void roleGroupsExist() {
        assertThat(groupName(Groups.ADMINISTRATORS)).isEqualTo("Administrateurs des processus");
        assertThat(groupName(Groups.TECHNICIANS)).isNotBlank();
        assertThat(groupName(Groups.CORRESPONDENTS)).isNotBlank();
        assertThat(groupName(Groups.PLANNERS)).isNotBlank();
        assertThat(groupName(Groups.HEADS)).isNotBlank();
    }

    @Test
    void schoolGroupsExistForEveryLoadedSchool() {
        assertThat(groupName("correspondants-0750654D")).isEqualTo("Correspondants – LYCEE GENERAL HENRI IV (0750654D)");
        assertThat(groupName("techniciens-0750654D")).isEqualTo("Techniciens – LYCEE GENERAL HENRI IV (0750654D)");
        assertThat(groupName("chefs-0750654D")).isEqualTo("Chef d'établissement – LYCEE GENERAL HENRI IV (0750654D)");
        for (String uai : SecurityTestConfiguration.SCHOOLS.keySet()) {
            assertThat(groupName(Groups.correspondentsOf(uai))).as(uai).isNotNull();
            assertThat(groupName(Groups.techniciansOf(uai))).as(uai).isNotNull();
            assertThat(groupName(Groups.headsOf(uai))).as(uai).isNotNull();
        }
    }

    @Test
    void administratorsHaveAllPermissionsOnEveryResource() {
        for (Resource resource : Resources.values()) {
            if (HISTORIC_INSTANCE_RESOURCES.contains(resource)) {
                continue;
            }
            assertThat(authorizationService.isUserAuthorized("admin", List.of(Groups.ADMINISTRATORS), Permissions.ALL,
                    resource, "n-importe-lequel")).as(resource.resourceName()).isTrue();
        }
    }

    @Test
    void correspondentsMayStartTicketsOnly() {
        List<String> groups = List.of(Groups.CORRESPONDENTS, Groups.correspondentsOf("0750654D"));

        assertThat(isAuthorized("correspondant", groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
        assertThat(isAuthorized("correspondant", groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
        assertThat(isAuthorized("correspondant", groups, Permissions.READ, Resources.PROCESS_DEFINITION, "ticket")).isTrue();
        assertThat(isAuthorized("correspondant", groups, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
                "ticket")).isTrue();
        assertThat(isAuthorized("correspondant", groups, Permissions.CREATE, Resources.PROCESS_INSTANCE,
                Authorization.ANY)).isTrue();
        assertThat(isAuthorized("correspondant", groups, Permissions.READ, Resources.PROCESS_DEFINITION, "visite")).isFalse();
        assertThat(isAuthorized("correspondant", groups, Permissions.READ, Resources.PROCESS_INSTANCE, "x")).isFalse();
        assertThat(isAuthorized("correspondant", groups, Permissions.READ_HISTORY, Resources.PROCESS_DEFINITION,
                "ticket")).isFalse();
        assertThat(isAuthorized("correspondant", groups, Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION,
                "ticket")).isFalse();
        assertThat(isAuthorized("correspondant", groups, Permissions.READ, Resources.DEPLOYMENT, "x")).isFalse();
        assertThat(isAuthorized("correspondant", groups, Permissions.READ, Resources.TASK, "x")).isFalse();
    }

    @Test
    void techniciansPlannersAndHeadsHaveTasklistOnly() {
        assertThat(isAuthorized("technicien", List.of(Groups.TECHNICIANS), Permissions.ACCESS, Resources.APPLICATION,
                "tasklist")).isTrue();
        assertThat(isAuthorized("planificateur", List.of(Groups.PLANNERS), Permissions.ACCESS, Resources.APPLICATION,
                "tasklist")).isTrue();
        assertThat(isAuthorized("chef", List.of(Groups.HEADS), Permissions.ACCESS, Resources.APPLICATION,
                "tasklist")).isTrue();
        assertThat(isAuthorized("technicien", List.of(Groups.TECHNICIANS), Permissions.ACCESS, Resources.APPLICATION,
                "admin")).isFalse();
        assertThat(isAuthorized("chef", List.of(Groups.HEADS), Permissions.ACCESS, Resources.APPLICATION,
                "cockpit")).isFalse();
        assertThat(isAuthorized("technicien", List.of(Groups.TECHNICIANS), Permissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, "d3e-disposal")).isTrue();
        assertThat(isAuthorized("chef", List.of(Groups.HEADS), Permissions.READ, Resources.PROCESS_DEFINITION,
                "d3e-disposal")).isTrue();
        assertThat(isAuthorized("chef", List.of(Groups.HEADS), Permissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, "d3e-disposal")).isFalse();
        // A technician files the requests declared to them on a visit day.
        assertThat(isAuthorized("technicien", List.of(Groups.TECHNICIANS), Permissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, "ticket")).isTrue();
    }

    @Test
    void tasklistFiltersAreReadableByEveryone() {
        for (String name : List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_SCHOOLS_TASKS)) {
            Filter filter = filterService.createFilterQuery().filterName(name).singleResult();

            assertThat(filter).as(name).isNotNull();
            assertThat(filter.getProperties()).as(name).containsKeys("description", "priority");
            assertThat(isAuthorized("quelquun", List.of(), Permissions.READ, Resources.FILTER, filter.getId()))
                    .as(name).isTrue();
        }
    }

    @Test
    void tasklistFiltersUseStoredExpressionsAndSorting() {
        TaskQueryImpl myTasks = filterService.createFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult()
                .getQuery();
        TaskQueryImpl mySchools = filterService.createFilterQuery().filterName(TasklistFilters.MY_SCHOOLS_TASKS)
                .singleResult().getQuery();

        assertThat(myTasks.getExpressions()).containsEntry("taskAssignee", "${currentUser()}");
        assertThat(mySchools.getExpressions()).containsEntry("taskCandidateGroupIn", "${currentUserGroups()}");
        assertThat(mySchools.isIncludeAssignedTasks()).isTrue();
        // Priority, then the ticket's "openedAt" process variable, then the task's creation time.
        assertThat(myTasks.getOrderingProperties()).extracting(ordering -> ordering.getRelation())
                .containsExactly(null, "variable", null);
        assertThat(myTasks.getOrderingProperties()).extracting(ordering -> ordering.getQueryProperty().getName())
                .containsExactly("PRIORITY_", "LONG_", "CREATE_TIME_");
        assertThat(myTasks.getOrderingProperties()).extracting(ordering -> ordering.getDirection().getName())
                .containsExactly("desc", "asc", "asc");
    }

    @Test
    void secondRunChangesNothing() throws Exception {
        String before = snapshot();

        identityBootstrap.run(null);
        demoAccounts.run(null);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void allLyceesAreBootstrappedQuickly() throws Exception {
        // The region has 452 public lycées; the tests load 6, so add synthetic ones up to 452.
        List<String> syntheticUais = new ArrayList<>();
        for (int i = 1; syntheticUais.size() + SecurityTestConfiguration.SCHOOLS.size() < 452; i++) {
            syntheticUais.add("%07dZ".formatted(9_900_000 + i));
        }
        schoolRepository.saveAll(syntheticUais.stream()
                .map(uai -> SecurityTestConfiguration.school(uai, "LYCEE SYNTHETIQUE " + uai))
                .toList());
        try {
            long start = System.nanoTime();
            identityBootstrap.run(null);
            long firstRunMillis = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            identityBootstrap.run(null);
            long secondRunMillis = (System.nanoTime() - start) / 1_000_000;

            for (String uai : syntheticUais) {
                assertThat(groupName(Groups.correspondentsOf(uai))).as(uai).isNotNull();
                assertThat(groupName(Groups.techniciansOf(uai))).as(uai).isNotNull();
                assertThat(groupName(Groups.headsOf(uai))).as(uai).isNotNull();
            }
            // Measured on the 2-core development machine with H2: about 0.6 s for the first run.
            // The bound only catches a return to one transaction per group, about 25 s.
            assertThat(firstRunMillis).as("first run, ms").isLessThan(20_000);
            assertThat(secondRunMillis).as("second run, ms").isLessThan(10_000);
        } finally {
            for (String uai : syntheticUais) {
                identityService.deleteGroup(Groups.correspondentsOf(uai));
                identityService.deleteGroup(Groups.techniciansOf(uai));
                identityService.deleteGroup(Groups.headsOf(uai));
            }
            schoolRepository.deleteAllById(syntheticUais);
        }
    }

    private String groupName(String groupId) {
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        return group == null ? null : group.getName();
    }

    private boolean isAuthorized(String userId, List<String> groupIds, Permission permission, Resource resource,
            String resourceId) {
        return authorizationService.isUserAuthorized(userId, groupIds, permission, resource, resourceId);
    }

    /** Describes every group, user, membership, authorization and filter, with their revisions. */
    private String snapshot() {
        StringBuilder text = new StringBuilder();
        identityService.createGroupQuery().orderByGroupId().asc().unlimitedList()
                .forEach(group -> text.append("group ").append(group.getId()).append(" rev ")
                        .append(((GroupEntity) group).getRevision()).append(' ').append(group.getName()).append('\n'));
        identityService.createUserQuery().orderByUserId().asc().unlimitedList().forEach(user -> {
            text.append("user ").append(user.getId()).append(" rev ").append(((UserEntity) user).getRevision())
                    .append('\n');
            identityService.createGroupQuery().groupMember(user.getId()).orderByGroupId().asc().unlimitedList()
                    .forEach(group -> text.append("  member of ").append(group.getId()).append('\n'));
        });
        authorizationService.createAuthorizationQuery().unlimitedList().stream()
                .map(AuthorizationEntity.class::cast)
                .sorted(Comparator.comparing(AuthorizationEntity::getId))
                .forEach(authorization -> text.append("authorization ").append(authorization.getId())
                        .append(" rev ").append(authorization.getRevision())
                        .append(" type ").append(authorization.getAuthorizationType())
                        .append(" group ").append(authorization.getGroupId())
                        .append(" user ").append(authorization.getUserId())
                        .append(" resource ").append(authorization.getResourceType())
                        .append(' ').append(authorization.getResourceId())
                        .append(" permissions ").append(authorization.getPermissions()).append('\n'));
        filterService.createFilterQuery().orderByFilterId().asc().list()
                .forEach(filter -> text.append("filter ").append(filter.getId()).append(" rev ")
                        .append(((FilterEntity) filter).getRevision()).append(' ').append(filter.getName())
                        .append(' ').append(filter.getProperties()).append('\n'));
        return text.toString();
    }
}
