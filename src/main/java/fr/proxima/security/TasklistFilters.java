package fr.proxima.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters. Each is created once, found again by its name, and readable by
 * every user. An existing filter is left as it is, so that edits made in Tasklist or Admin stay.
 */
@Component
class TasklistFilters {

    static final String MY_TASKS = "Mes tâches";

    /** The technician's queue of the day's visit, in the service's order. */
    static final String VISIT_QUEUE = "File du passage en cours";

    static final String MY_SCHOOLS_TASKS = "Tâches de mes lycées";

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    private final FilterService filterService;

    private final TaskService taskService;

    private final AuthorizationGrants grants;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationGrants grants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    void createMissing() {
        // Stored filters may hold expressions (enableExpressionsInStoredQueries is true by default);
        // they are evaluated for the user who runs the filter.
        TaskQuery myTasks = taskService.createTaskQuery()
                .taskAssigneeExpression("${currentUser()}");
        ensureFilter(MY_TASKS, sortedByPriorityThenAge(myTasks), 10,
                "Les tâches qui vous sont attribuées, par priorité décroissante puis de la plus ancienne"
                        + " à la plus récente.");

        // A visit's tasks are due at the visit's end: the tasks due by tonight are the queue of the
        // day's visit, and those of an earlier visit that its technician left open.
        TaskQuery visitQueue = taskService.createTaskQuery()
                .taskAssigneeExpression("${currentUser()}")
                .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}");
        ensureFilter(VISIT_QUEUE, sortedByPriorityThenAge(visitQueue), 5,
                "Le passage du jour dans l'ordre du service : priorités du jour, tickets du lycée par priorité"
                        + " puis ancienneté, demandes du jour, inventaire, maintenance préventive, clôture.");

        TaskQuery mySchoolsTasks = taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks();
        ensureFilter(MY_SCHOOLS_TASKS, sortedByPriorityThenAge(mySchoolsTasks), 20,
                "Les tâches proposées à vos groupes, donc à vos lycées, attribuées ou non, par priorité"
                        + " décroissante puis de la plus ancienne à la plus récente.");
    }

    /**
     * Priority first, then the age of the ticket: its "openedAt" process variable survives the new
     * tasks that a carried-over or reopened ticket gets, where the task's creation time does not.
     */
    private static TaskQuery sortedByPriorityThenAge(TaskQuery query) {
        return query.orderByTaskPriority().desc()
                .orderByProcessVariable("openedAt", ValueType.DATE).asc()
                .orderByTaskCreateTime().asc();
    }

    private void ensureFilter(String name, TaskQuery query, int priority, String description) {
        List<Filter> existing = filterService.createFilterQuery().filterName(name).list();
        Filter filter;
        if (existing.isEmpty()) {
            filter = filterService.newTaskFilter(name);
            filter.setQuery(query);
            // Tasklist shows the filters by ascending "priority" and the description as a tooltip.
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", description);
            properties.put("priority", priority);
            properties.put("refresh", true);
            // Process variables that Tasklist shows on each task of the list.
            properties.put("variables", List.of(
                    Map.of("name", "ticketNumber", "label", "Ticket"),
                    Map.of("name", "schoolName", "label", "Lycée"),
                    Map.of("name", "title", "label", "Titre")));
            filter.setProperties(properties);
            filterService.saveFilter(filter);
            log.info("Created the Tasklist filter '{}' with id {}", name, filter.getId());
        } else {
            filter = existing.get(0);
            if (existing.size() > 1) {
                log.warn("Found {} Tasklist filters named '{}'; granting read access to the first, id {}",
                        existing.size(), name, filter.getId());
            }
        }
        grants.grantToEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
