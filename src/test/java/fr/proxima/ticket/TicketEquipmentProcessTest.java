package fr.proxima.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.proxima.inventory.Equipment;
import fr.proxima.inventory.EquipmentData;
import fr.proxima.inventory.EquipmentKind;
import fr.proxima.inventory.EquipmentStatus;
import fr.proxima.inventory.EquipmentUse;
import fr.proxima.inventory.InventoryService;
import fr.proxima.support.ContextIsolationInitializer;
import fr.proxima.support.InMemoryH2Initializer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The "Équipement concerné" of the ticket start form and what the "Traiter le ticket" task shows of
 * it, on the same context as {@link TicketProcessTest}. Each test adds items of its own to Henri-IV.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ContextConfiguration(initializers = {ContextIsolationInitializer.class, InMemoryH2Initializer.class})
class TicketEquipmentProcessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    FormService formService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    InventoryService inventory;

    @Autowired
    TicketService tickets;

    @BeforeEach
    void setClock() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 17, 10, 0)
                .atZone(TicketProcessTest.PARIS).toInstant()));
    }

    @AfterEach
    void resetClock() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    private Equipment createItem(LocalDate warrantyEnd) {
        int number = SEQUENCE.incrementAndGet();
        EquipmentData data = new EquipmentData(EquipmentKind.DESKTOP, false, EquipmentUse.TEACHING,
                "TEQ-" + number, "PC-TEQ-" + number, "SN-TEQ-" + number, "Dell", "OptiPlex 7010", "B12",
                warrantyEnd, EquipmentStatus.IN_SERVICE);
        return inventory.create(TicketProcessTest.HENRI_IV, data, "technicien", null);
    }

    private ProcessInstance open(String equipmentLabel) {
        Map<String, Object> form = TicketProcessTest.request("POSTE", "POSTE_FIXE", "PEDAGOGIQUE", "HAUTE", "POSTE");
        form.put("equipmentLabel", equipmentLabel);
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(TicketProcess.KEY).latestVersion().singleResult().getId();
        List<String> groups = identityService.createGroupQuery().groupMember(TicketProcessTest.CORRESPONDENT)
                .unlimitedList().stream().map(Group::getId).toList();
        identityService.setAuthentication(TicketProcessTest.CORRESPONDENT, groups);
        try {
            return formService.submitStartForm(definitionId, form);
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void hostNameLinksTicketAndTaskShowsWarranty() {
        Equipment item = createItem(LocalDate.of(2027, 6, 30));

        ProcessInstance instance = open(item.getHostName().toLowerCase());

        Ticket ticket = tickets.get(tickets.numberOf(instance.getId()));
        assertThat(ticket.getEquipmentId()).isEqualTo(item.getId());
        Task work = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(work.getName()).isEqualTo("Traiter le ticket");
        assertThat(taskService.getVariable(work.getId(), TicketProcess.Var.EQUIPMENT_INFO)).isEqualTo(
                "poste fixe n° " + item.getLabelNumber() + " (" + item.getHostName() + "), Dell OptiPlex 7010,"
                        + " salle B12. Sous garantie jusqu'au 30/06/2027.");
    }

    @Test
    void expiredWarrantyIsSaid() {
        Equipment item = createItem(LocalDate.of(2026, 12, 16));

        ProcessInstance instance = open(item.getLabelNumber());

        Task work = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat((String) taskService.getVariable(work.getId(), TicketProcess.Var.EQUIPMENT_INFO))
                .endsWith("Garantie terminée le 16/12/2026.");
    }

    @Test
    void unknownEquipmentIsRejectedInFrench() {
        createItem(null);

        assertThatThrownBy(() -> open("PC-QUI-N-EXISTE-PAS"))
                .hasMessageContaining("Le champ « Équipement concerné » : aucun équipement de l'inventaire du lycée"
                        + " n'a le n° d'étiquette ou le nom de machine « PC-QUI-N-EXISTE-PAS ». Corrigez-le, ou"
                        + " laissez le champ vide si vous ne le connaissez pas.");
    }

    @Test
    void ticketWithoutEquipmentShowsNone() {
        ProcessInstance instance = open("");

        Task work = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(taskService.getVariable(work.getId(), TicketProcess.Var.EQUIPMENT_INFO)).isEqualTo("");
        assertThat(tickets.get(tickets.numberOf(instance.getId())).getEquipmentId()).isNull();
    }
}
