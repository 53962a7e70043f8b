package fr.proxima.disposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.proxima.inventory.Equipment;
import fr.proxima.school.School;
import fr.proxima.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Fills the equipment checklists of two disposal forms, as the REST API serves them to Tasklist
 * ({@code /camunda/api/engine}) and to other clients ({@code /engine-rest}): the start form lists
 * the equipment that the user may propose, and the check form lists the disposal's items.
 *
 * <p>A Camunda Form cannot list options that depend on the user or on stored data, so the form is
 * rewritten on its way out. The engine has already checked that the user may read the form. The
 * choices are checked again when the form is submitted: the list only spares a choice that would
 * be rejected.
 */
@Component
class DisposalFormOptions extends OncePerRequestFilter {

    static final String START_FIELD_KEY = DisposalProcess.Var.EQUIPMENT_IDS;

    static final String CHECK_FIELD_KEY = DisposalProcess.Var.WITHDRAWN_ITEMS;

    private static final Pattern START_FORM_PATH = Pattern.compile(".*/process-definition/.+/deployed-start-form$");

    private static final Pattern TASK_FORM_PATH = Pattern.compile(".*/task/([^/]+)/deployed-form$");

    private final CurrentUser currentUser;

    private final DisposalService disposals;

    private final TaskService taskService;

    private final ObjectMapper objectMapper;

    DisposalFormOptions(CurrentUser currentUser, DisposalService disposals, TaskService taskService,
            ObjectMapper objectMapper) {
        this.currentUser = currentUser;
        this.disposals = disposals;
        this.taskService = taskService;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"GET".equals(request.getMethod())
                || !(START_FORM_PATH.matcher(path).matches() || TASK_FORM_PATH.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.getContentAsByteArray();
        if (buffered.getStatus() == HttpServletResponse.SC_OK && body.length > 0) {
            byte[] rewritten = rewrite(body, request.getRequestURI());
            if (rewritten != null) {
                buffered.resetBuffer();
                buffered.getOutputStream().write(rewritten);
            }
        }
        buffered.copyBodyToResponse();
    }

    /** Returns the form with its options filled, or null to leave the body untouched. */
    private byte[] rewrite(byte[] body, String path) {
        JsonNode form;
        try {
            form = objectMapper.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
        if (!(form instanceof ObjectNode)) {
            return null;
        }
        String formId = form.path("id").asText();
        Map<String, String> options;
        String fieldKey;
        if (DisposalProcess.PROPOSE_FORM.equals(formId)) {
            fieldKey = START_FIELD_KEY;
            options = proposableOptions();
        } else if (DisposalProcess.CHECK_FORM.equals(formId)) {
            Matcher task = TASK_FORM_PATH.matcher(path);
            if (!task.matches()) {
                return null;
            }
            fieldKey = CHECK_FIELD_KEY;
            options = itemOptions(task.group(1));
        } else {
            return null;
        }
        for (JsonNode component : form.path("components")) {
            if (fieldKey.equals(component.path("key").asText()) && component instanceof ObjectNode field) {
                ArrayNode values = field.putArray("values");
                options.forEach((value, label) -> values.addObject().put("label", label).put("value", value));
            }
        }
        try {
            return objectMapper.writeValueAsString(form).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Returns the equipment that the current user may propose, by id, with the lycée in the label when they have several. */
    private Map<String, String> proposableOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        String userId = currentUser.id().orElse(null);
        if (userId == null) {
            return options;
        }
        List<Equipment> items = disposals.proposableEquipment(userId);
        boolean severalSchools = items.stream().map(Equipment::getSchoolUai).distinct().count() > 1;
        Map<String, String> schoolNames = new LinkedHashMap<>();
        for (Equipment item : items) {
            StringBuilder label = new StringBuilder();
            if (severalSchools) {
                String school = schoolNames.computeIfAbsent(item.getSchoolUai(),
                        uai -> disposals.school(uai).map(School::getName).orElse(uai));
                label.append(school).append(" – ");
            }
            label.append(item.displayName());
            String makeAndModel = ((item.getMake() == null ? "" : item.getMake()) + " "
                    + (item.getModel() == null ? "" : item.getModel())).strip();
            if (!makeAndModel.isEmpty()) {
                label.append(", ").append(makeAndModel);
            }
            if (item.getRoom() != null) {
                label.append(", salle ").append(item.getRoom());
            }
            label.append(" (").append(item.getStatus().label()).append(')');
            options.put(String.valueOf(item.getId()), label.toString());
        }
        return options;
    }

    /** Returns the items still in the disposal of the task's process, by equipment id. */
    private Map<String, String> itemOptions(String taskId) {
        Map<String, String> options = new LinkedHashMap<>();
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return options;
        }
        Disposal disposal = disposals.byProcessInstance(task.getProcessInstanceId());
        for (DisposalItem item : disposal.activeItems()) {
            String makeAndModel = item.makeAndModel();
            options.put(String.valueOf(item.getEquipmentId()),
                    item.displayName() + (makeAndModel.isEmpty() ? "" : ", " + makeAndModel));
        }
        return options;
    }
}
