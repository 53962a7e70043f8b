package fr.proxima.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.proxima.disposal.Disposal;
import fr.proxima.disposal.DisposalProcess;
import fr.proxima.disposal.DisposalService;
import fr.proxima.inventory.Equipment;
import fr.proxima.inventory.EquipmentData;
import fr.proxima.inventory.EquipmentKind;
import fr.proxima.inventory.EquipmentStatus;
import fr.proxima.inventory.EquipmentUse;
import fr.proxima.inventory.InventoryService;
import fr.proxima.support.Browser;
import fr.proxima.support.BrowserExtension;
import fr.proxima.support.CamundaLoginPage;
import fr.proxima.support.CamundaWebapp;
import fr.proxima.support.CamundaWebappPage;
import fr.proxima.support.H2IntegrationTest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The D3E start form and check form in the real Tasklist in headless Chromium, with the demo
 * accounts: the checklists show the filled options, and Tasklist's submission of a checked box
 * reaches the process.
 */
@H2IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class DisposalBrowserIT {

    private static final String HENRI_IV = "0750654D";

    /** Component ids of forms/d3e-propose.form and forms/d3e-check.form. */
    private static final String EQUIPMENT_FIELD = "Field_EquipmentIds";
    private static final String REASON_FIELD = "Field_Reason";
    private static final String WITHDRAWN_FIELD = "Field_WithdrawnItems";

    @LocalServerPort
    private int port;

    @Autowired
    private ProcessEngine processEngine;

    @Autowired
    private InventoryService inventory;

    @Autowired
    private DisposalService disposals;

    @Test
    void correspondentProposesAndTechnicianSeesItems(Browser browser) {
        // A label of its own, because test classes with the same configuration share one database.
        String label = "H4-NAV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Equipment printer = inventory.create(HENRI_IV, new EquipmentData(EquipmentKind.PRINTER, false,
                EquipmentUse.TEACHING, label, null, "SN-" + label, "Kyocera", "FS-1320D", "B12", null,
                EquipmentStatus.BROKEN), "technicien", null);

        CamundaWebappPage tasklist = CamundaLoginPage.open(browser, baseUrl(), CamundaWebapp.TASKLIST,
                processEngine.getName()).logIn("correspondant", "correspondant");
        StartProcessDialog dialog = new TasklistDashboard(browser).startProcess("Réforme D3E");
        CamundaForm form = dialog.form();
        List<String> options = form.checklistLabels(EQUIPMENT_FIELD);
        String offered = options.stream().filter(option -> option.contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("The start form should offer the new printer: " + options));
        assertTrue(offered.contains("Kyocera FS-1320D"), offered);
        assertTrue(offered.contains("en panne"), offered);
        form.check(EQUIPMENT_FIELD, label);
        form.fill(REASON_FIELD, "Imprimante irréparable : carte mère grillée.");
        dialog.start();

        ProcessInstance instance = await("the disposal of " + label).atMost(Browser.DEFAULT_TIMEOUT)
                .until(() -> Optional.ofNullable(processEngine.getRuntimeService().createProcessInstanceQuery()
                        .processDefinitionKey(DisposalProcess.KEY)
                        .variableValueEquals(DisposalProcess.Var.REASON, "Imprimante irréparable : carte mère grillée.")
                        .singleResult()), Optional::isPresent)
                .orElseThrow();
        Disposal disposal = disposals.byProcessInstance(instance.getId());
        assertEquals(List.of(printer.getId()), disposal.getItems().stream().map(item -> item.getEquipmentId()).toList());
        assertEquals("correspondant", disposal.getProposer());
        assertEquals(EquipmentStatus.PROPOSED_FOR_DISPOSAL, inventory.get(printer.getId()).getStatus());

        String taskId = await("the check task of " + disposal.getReference()).atMost(Browser.DEFAULT_TIMEOUT)
                .until(() -> processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                        .list().stream().map(task -> task.getId()).findFirst(), Optional::isPresent)
                .orElseThrow();
        browser.open(CamundaWebapp.TASKLIST.url(baseUrl(), processEngine.getName()));
        assertTrue(tasklist.logOut().isShown());
        CamundaLoginPage.open(browser, baseUrl(), CamundaWebapp.TASKLIST, processEngine.getName())
                .logIn("technicien", "technicien");
        TasklistDashboard dashboard = new TasklistDashboard(browser);
        dashboard.selectFilter("Tâches de mes lycées");
        TaskPane task = dashboard.openTask(dashboard.waitForTaskCard(taskId));
        CamundaForm check = task.form();
        assertTrue(check.text().contains("Réforme " + disposal.getReference()), check.text());
        List<String> items = check.checklistLabels(WITHDRAWN_FIELD);
        assertEquals(1, items.size(), "The check form should list the disposal's one item: " + items);
        assertTrue(items.get(0).contains(label), items.get(0));
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
