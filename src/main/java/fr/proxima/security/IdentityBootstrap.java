package fr.proxima.security;

import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.school.SchoolsImported;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates at startup the Camunda groups, three per lycée, the authorizations of each group and
 * the shared Tasklist filters. It runs after the lycées are loaded, and a second run changes
 * nothing.
 */
@Component
@Order(20)
class IdentityBootstrap implements ApplicationRunner {

    /**
     * Keys of the processes that correspondents may start from Tasklist. Add the key of any new
     * process that a lycée starts itself.
     */
    static final List<String> CORRESPONDENT_PROCESS_KEYS = List.of("ticket", "d3e-disposal");

    /**
     * Keys of the processes that technicians may start from Tasklist: a ticket for a request declared
     * on a visit day, and the D3E disposal.
     */
    static final List<String> TECHNICIAN_PROCESS_KEYS = List.of("ticket", "d3e-disposal");

    /** Keys of the processes whose tasks heads of lycées work in Tasklist, without starting them. */
    static final List<String> HEAD_PROCESS_KEYS = List.of("d3e-disposal");

    /** Key of the on-site visit process, which the application starts for each published visit. */
    static final String VISIT_PROCESS_KEY = "visit";

    /** Keys of the processes whose tasks planners work in Tasklist, without starting them. */
    static final List<String> PLANNER_PROCESS_KEYS = List.of("monthly-planning");

    static final String TASKLIST = "tasklist";

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private static final String SYSTEM_GROUP = org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;

    private static final String WORKFLOW_GROUP = org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW;

    private final ProcessEngineConfigurationImpl engineConfiguration;

    private final IdentityService identityService;

    private final SchoolRepository schoolRepository;

    private final AuthorizationGrants grants;

    private final TasklistFilters tasklistFilters;

    IdentityBootstrap(ProcessEngine processEngine, SchoolRepository schoolRepository, AuthorizationGrants grants,
            TasklistFilters tasklistFilters) {
        this.engineConfiguration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        this.identityService = processEngine.getIdentityService();
        this.schoolRepository = schoolRepository;
        this.grants = grants;
        this.tasklistFilters = tasklistFilters;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identityService.isReadOnly()) {
            log.warn("The identity service is read-only, so no group is created; authorizations and filters still are");
        } else {
            createGroups();
        }
        grantAuthorizations();
        tasklistFilters.createMissing();
    }

    /** Creates the groups of lycées that an import added, in the import's transaction. */
    @EventListener
    void onSchoolsImported(SchoolsImported event) {
        if (!identityService.isReadOnly()) {
            createGroups();
        }
    }

    private void createGroups() {
        long start = System.nanoTime();
        List<School> schools = schoolRepository.findAll();
        // One command context for all groups, so the engine flushes every insert at its end in one
        // transaction. On H2 and the 2-core development machine, a context per group took 443 ms
        // for 16 groups, and this single context took 0.6 s for 1338 groups (three per lycée).
        GroupWriter writer = engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
            Map<String, Group> existing = identityService.createGroupQuery().unlimitedList().stream()
                    .collect(Collectors.toMap(Group::getId, Function.identity(), (first, second) -> first,
                            HashMap::new));
            GroupWriter groups = new GroupWriter(existing);
            groups.ensure(Groups.ADMINISTRATORS, "Administrateurs des processus", SYSTEM_GROUP);
            groups.ensure(Groups.TECHNICIANS, "Techniciens informatiques de proximité", WORKFLOW_GROUP);
            groups.ensure(Groups.CORRESPONDENTS, "Correspondants informatiques des lycées", WORKFLOW_GROUP);
            groups.ensure(Groups.PLANNERS, "Planificateurs de la Région", WORKFLOW_GROUP);
            groups.ensure(Groups.HEADS, "Chefs d'établissement des lycées", WORKFLOW_GROUP);
            for (School school : schools) {
                String label = school.getName() + " (" + school.getUai() + ")";
                groups.ensure(Groups.correspondentsOf(school.getUai()), "Correspondants – " + label, WORKFLOW_GROUP);
                groups.ensure(Groups.techniciansOf(school.getUai()), "Techniciens – " + label, WORKFLOW_GROUP);
                groups.ensure(Groups.headsOf(school.getUai()), "Chef d'établissement – " + label, WORKFLOW_GROUP);
            }
            return groups;
        });

        if (schools.isEmpty()) {
            log.warn("No lycée is loaded yet: no per-lycée group was created");
        }
        log.info("Groups ready for {} lycées: {} created, {} renamed, in {} ms", schools.size(), writer.created,
                writer.renamed, (System.nanoTime() - start) / 1_000_000);
    }

    private void grantAuthorizations() {
        // Administrators get every permission on every resource type, as Camunda's own setup does.
        for (Resource resource : Resources.values()) {
            grants.grantToGroup(Groups.ADMINISTRATORS, resource, Authorization.ANY, Permissions.ALL);
        }

        for (String groupId : List.of(Groups.CORRESPONDENTS, Groups.TECHNICIANS, Groups.PLANNERS, Groups.HEADS)) {
            grants.grantToGroup(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        }

        // Tasklist lists the startable processes (READ and CREATE_INSTANCE on the definition),
        // loads the start form (READ on the definition) and submits it (CREATE_INSTANCE, and CREATE
        // on process instances). The engine reads the deployed form itself, so no DEPLOYMENT
        // permission is needed, and no READ on instances or history is given.
        for (String processKey : CORRESPONDENT_PROCESS_KEYS) {
            grants.grantToGroup(Groups.CORRESPONDENTS, Resources.PROCESS_DEFINITION, processKey,
                    Permissions.READ, Permissions.CREATE_INSTANCE);
        }
        grants.grantToGroup(Groups.CORRESPONDENTS, Resources.PROCESS_INSTANCE, Authorization.ANY,
                Permissions.CREATE);

        // Technicians file the requests declared to them on a visit day, with the ticket's start
        // form, and propose equipment for disposal. READ on a definition shows the definition only:
        // reading its instances would take READ_INSTANCE, which nobody gets.
        for (String processKey : TECHNICIAN_PROCESS_KEYS) {
            grants.grantToGroup(Groups.TECHNICIANS, Resources.PROCESS_DEFINITION, processKey,
                    Permissions.READ, Permissions.CREATE_INSTANCE);
        }
        grants.grantToGroup(Groups.TECHNICIANS, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        for (String processKey : HEAD_PROCESS_KEYS) {
            grants.grantToGroup(Groups.HEADS, Resources.PROCESS_DEFINITION, processKey, Permissions.READ);
        }

        // The application starts the visit process; its tasks go to the technician, and to the
        // lycée's correspondents and head for the day's priorities. Their task cards show its name.
        for (String groupId : List.of(Groups.TECHNICIANS, Groups.CORRESPONDENTS, Groups.HEADS)) {
            grants.grantToGroup(groupId, Resources.PROCESS_DEFINITION, VISIT_PROCESS_KEY, Permissions.READ);
        }

        // Planners confirm or abandon a planning in a task offered to their group, and the engine
        // grants a task's candidate groups READ and UPDATE on that task. READ on the definition
        // lets Tasklist show the process name. They get no CREATE_INSTANCE: a planning starts
        // from POST /api/plannings once its file is checked, never from /engine-rest with
        // variables of the caller's choosing.
        for (String processKey : PLANNER_PROCESS_KEYS) {
            grants.grantToGroup(Groups.PLANNERS, Resources.PROCESS_DEFINITION, processKey, Permissions.READ);
        }
    }

    /** Creates or renames groups against one snapshot of the existing groups. */
    private final class GroupWriter {

        private final Map<String, Group> existing;

        private int created;

        private int renamed;

        private GroupWriter(Map<String, Group> existing) {
            this.existing = existing;
        }

        private void ensure(String id, String name, String type) {
            Group group = existing.get(id);
            if (group == null) {
                group = identityService.newGroup(id);
                group.setName(name);
                group.setType(type);
                identityService.saveGroup(group);
                existing.put(id, group);
                created++;
            } else if (!name.equals(group.getName())) {
                group.setName(name);
                identityService.saveGroup(group);
                renamed++;
            }
        }
    }
}
