package fr.proxima.disposal;

import static fr.proxima.disposal.DisposalProcess.Element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.proxima.inventory.Equipment;
import fr.proxima.inventory.EquipmentChange;
import fr.proxima.inventory.EquipmentChangeKind;
import fr.proxima.inventory.EquipmentData;
import fr.proxima.inventory.EquipmentKind;
import fr.proxima.inventory.EquipmentStatus;
import fr.proxima.inventory.EquipmentUse;
import fr.proxima.inventory.InventoryService;
import fr.proxima.mail.MailProperties;
import fr.proxima.support.ContextIsolationInitializer;
import fr.proxima.support.InMemoryH2Initializer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every path of d3e-disposal.bpmn on the real application (H2 in memory, demo accounts, mails as
 * .eml files in the outbox folder), with the job executor off: the tests run the jobs themselves.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ContextConfiguration(initializers = {ContextIsolationInitializer.class, InMemoryH2Initializer.class})
class DisposalProcessTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String HENRI_IV = "0750654D";
    static final String CORRESPONDENT = "correspondant";
    static final String OTHER_CORRESPONDENT = "correspondant2";
    static final String TECHNICIAN = "technicien";
    static final String HEAD = "chef";

    /** Makes label numbers unique across the tests, which share one database. */
    private static final AtomicInteger LABELS = new AtomicInteger();

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired RepositoryService repositoryService;
    @Autowired InventoryService inventory;
    @Autowired DisposalService disposals;
    @Autowired MailProperties mailProperties;

    @BeforeEach
    void setUp() throws IOException {
        init(processEngine);
        ClockUtil.setCurrentTime(date(LocalDateTime.of(2027, 1, 12, 10, 0)));
        deleteOutbox();
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void approvedDisposalRemovesItemsAndEndsWithPickup() throws Exception {
        Equipment desktop = equipment(EquipmentKind.DESKTOP, "Dell", "OptiPlex 3020");
        Equipment printer = equipment(EquipmentKind.PRINTER, "Brother", "HL-2250");

        ProcessInstance instance = propose(CORRESPONDENT, desktop, printer);

        Disposal disposal = disposalOf(instance);
        assertThat(disposal.getReference()).matches("D3E-2027-\\d{5}");
        assertThat(businessKey(instance)).isEqualTo(disposal.getReference());
        assertThat(disposal.getProposer()).isEqualTo(CORRESPONDENT);
        assertThat(statusOf(desktop)).isEqualTo(EquipmentStatus.PROPOSED_FOR_DISPOSAL);
        assertThat(statusOf(printer)).isEqualTo(EquipmentStatus.PROPOSED_FOR_DISPOSAL);
        assertThat(instance).isWaitingAt(Element.MAIL_PROPOSAL);
        executeJob(instance);
        MimeMessage proposal = onlyMail();
        assertThat(proposal.getSubject()).startsWith("Réforme " + disposal.getReference() + " proposée : 2 équipements");
        assertThat(recipients(proposal)).containsExactlyInAnyOrder("technicien@demo.proxima.example",
                "correspondant@demo.proxima.example");
        assertThat(body(proposal)).contains(desktop.displayName()).contains(printer.displayName());

        assertThat(instance).isWaitingAt(Element.CHECK);
        Task check = task(instance);
        assertThat(check.getName()).isEqualTo("Vérifier les équipements et leurs étiquettes");
        assertThat(candidateGroups(check)).containsExactly("techniciens-" + HENRI_IV);
        assertThat(taskService.getVariablesLocal(check.getId())).containsEntry("reference", disposal.getReference());
        completeAs(TECHNICIAN, check, Map.of());

        Task store = task(instance);
        assertThat(store.getName()).isEqualTo("Entreposer les équipements");
        assertThatThrownBy(() -> completeAs(TECHNICIAN, store, Map.of("storageRoom", "  ")))
                .hasMessageContaining("« Salle de stockage » est obligatoire");
        completeAs(TECHNICIAN, store, Map.of("storageRoom", "Local D3E, sous-sol"));
        assertThat(inventory.get(desktop.getId()).getRoom()).isEqualTo("Local D3E, sous-sol");

        assertThat(instance).isWaitingAt(Element.PREPARE_RECORD);
        executeJob(instance);
        assertThat(disposals.get(disposal.getId()).hasRecord()).isTrue();
        executeJob(instance);
        MimeMessage record = newestMail();
        assertThat(recipients(record)).containsExactly("chef@demo.proxima.example");
        assertThat(record.getSubject()).startsWith("Réforme " + disposal.getReference()
                + " : bordereau à approuver, LYCEE GENERAL HENRI IV (0750654D)");
        assertThat(attachmentNames(record)).containsExactly("bordereau-" + disposal.getReference() + ".pdf");

        Task approve = task(instance);
        assertThat(approve.getName()).isEqualTo("Approuver la réforme");
        assertThat(candidateGroups(approve)).containsExactly("chefs-" + HENRI_IV);
        completeAs(HEAD, approve, Map.of("decision", "APPROVE"));

        assertThat(instance).hasPassed(Element.REMOVE);
        assertThat(statusOf(desktop)).isEqualTo(EquipmentStatus.REMOVED);
        assertThat(statusOf(printer)).isEqualTo(EquipmentStatus.REMOVED);
        assertThat(inventory.history(desktop.getId())).extracting(EquipmentChange::getKind)
                .containsSubsequence(EquipmentChangeKind.CREATED, EquipmentChangeKind.PROPOSED_FOR_DISPOSAL,
                        EquipmentChangeKind.MOVED_TO_STORAGE, EquipmentChangeKind.REMOVED);
        executeJob(instance);
        MimeMessage approval = newestMail();
        assertThat(approval.getSubject()).startsWith("Réforme " + disposal.getReference() + " approuvée");
        assertThat(recipients(approval)).containsExactlyInAnyOrder("technicien@demo.proxima.example",
                "correspondant@demo.proxima.example");

        Task pickup = task(instance);
        assertThat(pickup.getName()).isEqualTo("Enregistrer l'enlèvement");
        assertThat(candidateGroups(pickup)).containsExactlyInAnyOrder("techniciens-" + HENRI_IV,
                "correspondants-" + HENRI_IV);
        assertThatThrownBy(() -> completeAs(CORRESPONDENT, pickup, pickupForm("2027-02-01")))
                .hasMessageContaining("ne peut pas être dans le futur");
        completeAs(CORRESPONDENT, pickup, pickupForm("2027-01-12"));
        executeJob(instance);

        assertThat(instance).isEnded().hasPassed(Element.MAIL_PICKUP, Element.END_COLLECTED);
        Disposal collected = disposals.get(disposal.getId());
        assertThat(collected.getStatus()).isEqualTo(DisposalStatus.COLLECTED);
        assertThat(collected.getCollectorName()).isEqualTo("Écologic Île-de-France");
        assertThat(collected.getPickupReference()).isEqualTo("ENL-2027-0042");
        MimeMessage pickupMail = newestMail();
        assertThat(recipients(pickupMail)).containsExactly("correspondant@demo.proxima.example");
        assertThat(body(pickupMail)).contains("Écologic Île-de-France").contains("mardi 12 janvier 2027");
    }

    @Test
    void recordListsEveryItemInFrench() throws Exception {
        Equipment desktop = equipment(EquipmentKind.DESKTOP, "Lenovo", "ThinkCentre M710");
        Equipment projector = equipment(EquipmentKind.PROJECTOR, "Epson", "EB-X41");
        Equipment laptop = equipment(EquipmentKind.LAPTOP, "HP", "ProBook 450");
        ProcessInstance instance = propose(TECHNICIAN, desktop, projector, laptop);

        storeAndPrepareRecord(instance, "Réserve du CDI");

        Disposal disposal = disposalOf(instance);
        String text = pdfText(disposal.getRecordPdf());
        assertThat(text).contains("Bordereau de réforme D3E n° " + disposal.getReference());
        assertThat(text).contains("LYCEE GENERAL HENRI IV (0750654D)");
        assertThat(text).contains("Équipements à sortir de l'inventaire : 3");
        assertThat(text).contains("Julien Moreau");
        assertThat(text).contains("Réserve du CDI");
        for (Equipment item : List.of(desktop, projector, laptop)) {
            assertThat(text).as(item.displayName()).contains(item.getLabelNumber()).contains(item.getSerialNumber())
                    .contains(item.getModel());
        }
        assertThat(text).contains("poste fixe").contains("vidéoprojecteur").contains("ordinateur portable");
    }

    @Test
    void refusalReturnsItemsToServiceWithReason() throws Exception {
        Equipment desktop = equipment(EquipmentKind.DESKTOP, "Dell", "OptiPlex 7010");
        ProcessInstance instance = propose(CORRESPONDENT, desktop);
        storeAndPrepareRecord(instance, "Local D3E");
        executeJob(instance);

        Task approve = task(instance);
        // The engine wraps a task listener's exception; Tasklist shows the French message alone.
        assertThatThrownBy(() -> completeAs(HEAD, approve, Map.of("decision", "REFUSE")))
                .hasMessageContaining("« Motif du refus » est obligatoire");
        assertThat(instance).isWaitingAt(Element.APPROVE);
        completeAs(HEAD, approve, Map.of("decision", "REFUSE",
                "refusalReason", "Poste encore utile en salle informatique après ajout de mémoire."));

        assertThat(statusOf(desktop)).isEqualTo(EquipmentStatus.IN_SERVICE);
        EquipmentChange last = lastChange(desktop);
        assertThat(last.getKind()).isEqualTo(EquipmentChangeKind.RETURNED_TO_SERVICE);
        assertThat(last.getAuthor()).isEqualTo(HEAD);
        assertThat(last.getSummary()).contains("Poste encore utile en salle informatique après ajout de mémoire.");
        executeJob(instance);
        assertThat(instance).isEnded().hasPassed(Element.RETURN_TO_SERVICE, Element.END_REFUSED);
        Disposal refused = disposalOf(instance);
        assertThat(refused.getStatus()).isEqualTo(DisposalStatus.REFUSED);
        MimeMessage mail = newestMail();
        assertThat(mail.getSubject()).contains("refusée");
        assertThat(body(mail)).contains("Motif du refus : Poste encore utile");
        assertThat(recipients(mail)).containsExactlyInAnyOrder("technicien@demo.proxima.example",
                "correspondant@demo.proxima.example");

        // Back in service, the item may be proposed again.
        ProcessInstance again = propose(CORRESPONDENT, desktop);
        assertThat(statusOf(desktop)).isEqualTo(EquipmentStatus.PROPOSED_FOR_DISPOSAL);
        assertThat(disposalOf(again).getId()).isNotEqualTo(refused.getId());
    }

    @Test
    void itemProposedTwiceRejected() {
        Equipment first = equipment(EquipmentKind.DESKTOP, "Dell", "OptiPlex 3020");
        Equipment second = equipment(EquipmentKind.PRINTER, "HP", "LaserJet P2055");
        ProcessInstance instance = propose(CORRESPONDENT, first);
        String reference = disposalOf(instance).getReference();
        long before = disposals.findBySchool(HENRI_IV).size();

        assertThatThrownBy(() -> propose(TECHNICIAN, second, first))
                .isInstanceOf(DisposalConflictException.class)
                .hasMessage("L'équipement " + first.displayName() + " est déjà proposé à la réforme (réforme "
                        + reference + ") : il ne peut pas être proposé une seconde fois.");

        // Nothing of the rejected proposal is kept: the other item stays in service.
        assertThat(statusOf(second)).isEqualTo(EquipmentStatus.IN_SERVICE);
        assertThat(inventory.history(second.getId())).extracting(EquipmentChange::getKind)
                .containsExactly(EquipmentChangeKind.CREATED);
        assertThat(disposals.findBySchool(HENRI_IV)).hasSize((int) before);
    }

    @Test
    void removedItemCannotBeProposed() throws Exception {
        Equipment desktop = equipment(EquipmentKind.DESKTOP, "Dell", "OptiPlex 380");
        ProcessInstance instance = propose(CORRESPONDENT, desktop);
        storeAndPrepareRecord(instance, "Local D3E");
        executeJob(instance);
        completeAs(HEAD, task(instance), Map.of("decision", "APPROVE"));

        assertThatThrownBy(() -> propose(CORRESPONDENT, desktop))
                .isInstanceOf(DisposalConflictException.class)
                .hasMessageContaining(desktop.displayName() + " est déjà sorti de l'inventaire");
    }

    @Test
    void withdrawnItemReturnsToService() throws Exception {
        Equipment kept = equipment(EquipmentKind.DESKTOP, "Dell", "OptiPlex 3020");
        Equipment withdrawn = equipment(EquipmentKind.PERIPHERAL, "Logitech", "K120");
        ProcessInstance instance = propose(CORRESPONDENT, kept, withdrawn);
        executeJob(instance);
        Task check = task(instance);

        Map<String, Object> noReason = Map.of("withdrawnItems",
                SpinValues.jsonValue("[\"" + withdrawn.getId() + "\"]").create());
        assertThatThrownBy(() -> completeAs(TECHNICIAN, check, noReason))
                .hasMessageContaining("« Motif du retrait » est obligatoire");
        Map<String, Object> unknown = Map.of("withdrawnItems", List.of(String.valueOf(kept.getId() + 100_000)),
                "withdrawalReason", "Inconnu");
        assertThatThrownBy(() -> completeAs(TECHNICIAN, check, unknown))
                .hasMessageContaining("ne fait pas partie de la réforme");
        assertThat(statusOf(withdrawn)).isEqualTo(EquipmentStatus.PROPOSED_FOR_DISPOSAL);

        completeAs(TECHNICIAN, check, Map.of(
                "withdrawnItems", SpinValues.jsonValue("[\"" + withdrawn.getId() + "\"]").create(),
                "withdrawalReason", "Clavier en bon état, étiquette lisible : il reste en salle B12."));

        assertThat(instance).isWaitingAt(Element.STORE);
        assertThat(statusOf(withdrawn)).isEqualTo(EquipmentStatus.IN_SERVICE);
        assertThat(lastChange(withdrawn).getSummary()).contains("Clavier en bon état");
        assertThat(statusOf(kept)).isEqualTo(EquipmentStatus.PROPOSED_FOR_DISPOSAL);
        Disposal disposal = disposalOf(instance);
        assertThat(disposal.activeItems()).extracting(DisposalItem::getEquipmentId).containsExactly(kept.getId());
        assertThat(disposal.getStatus()).isEqualTo(DisposalStatus.CHECKED);
    }

    @Test
    void allItemsWithdrawnEndsDisposal() throws Exception {
        Equipment only = equipment(EquipmentKind.PRINTER, "Brother", "HL-L2350");
        ProcessInstance instance = propose(CORRESPONDENT, only);
        executeJob(instance);

        completeAs(TECHNICIAN, task(instance), Map.of("withdrawnItems", List.of(String.valueOf(only.getId())),
                "withdrawalReason", "L'imprimante fonctionne après nettoyage du rouleau."));
        executeJob(instance);

        assertThat(instance).isEnded().hasPassed(Element.MAIL_WITHDRAWN, Element.END_WITHDRAWN);
        assertThat(disposalOf(instance).getStatus()).isEqualTo(DisposalStatus.WITHDRAWN);
        assertThat(statusOf(only)).isEqualTo(EquipmentStatus.IN_SERVICE);
        assertThat(newestMail().getSubject()).contains("abandonnée");
    }

    @Test
    void otherLyceeCannotSeeOrCompleteTasks() {
        Equipment desktop = equipment(EquipmentKind.DESKTOP, "Dell", "OptiPlex 3020");
        ProcessInstance instance = propose(CORRESPONDENT, desktop);
        executeJob(instance);
        Task check = task(instance);
        Disposal disposal = disposalOf(instance);

        long visible = as(OTHER_CORRESPONDENT, () -> taskService.createTaskQuery()
                .processInstanceId(instance.getId()).count());
        assertThat(visible).isZero();
        assertThatThrownBy(() -> completeAs(OTHER_CORRESPONDENT, check, Map.of()))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.setAssignee(check.getId(), OTHER_CORRESPONDENT))
                .hasMessageContaining("ne peut être attribuée qu'à un technicien qui intervient dans le lycée");
        // The correspondent of the lycée sees the disposal but may not do the technician's check.
        assertThatThrownBy(() -> completeAs(CORRESPONDENT, check, Map.of()))
                .isInstanceOf(AuthorizationException.class);
        assertThat(disposals.findVisible(OTHER_CORRESPONDENT, disposal.getId())).isEmpty();
        assertThat(disposals.findVisible(HEAD, disposal.getId())).isPresent();
        assertThat(instance).isWaitingAt(Element.CHECK);

        assertThatThrownBy(() -> propose(OTHER_CORRESPONDENT, equipment(EquipmentKind.LAPTOP, "HP", "ProBook 430")))
                .isInstanceOf(DisposalValidationException.class)
                .hasMessageStartingWith("Aucun équipement d'identifiant");
    }

    @Test
    void emptyProposalRejected() {
        Map<String, Object> form = new HashMap<>();
        form.put("equipmentIds", SpinValues.jsonValue("[]").create());

        assertThatThrownBy(() -> start(CORRESPONDENT, form))
                .isInstanceOf(DisposalValidationException.class)
                .hasMessage("Choisissez au moins un équipement à proposer à la réforme.");
    }

    private void storeAndPrepareRecord(ProcessInstance instance, String room) {
        executeJob(instance);
        completeAs(TECHNICIAN, task(instance), Map.of());
        completeAs(TECHNICIAN, task(instance), Map.of("storageRoom", room));
        executeJob(instance);
        assertThat(instance).isWaitingAt(Element.MAIL_RECORD);
    }

    private static Map<String, Object> pickupForm(String date) {
        return Map.of("collectorName", "Écologic Île-de-France", "pickupDate", date,
                "pickupReference", "ENL-2027-0042");
    }

    private Equipment equipment(EquipmentKind kind, String make, String model) {
        int number = LABELS.incrementAndGet();
        String label = "HIV-T" + "%04d".formatted(number) + "-" + System.nanoTime() % 100_000;
        EquipmentData data = new EquipmentData(kind, false, EquipmentUse.TEACHING, label,
                kind.isWorkstation() ? "PC-B12-" + number : null, "SN" + System.nanoTime(), make, model, "B12", null,
                EquipmentStatus.IN_SERVICE);
        return inventory.create(HENRI_IV, data, TECHNICIAN, null);
    }

    private ProcessInstance propose(String userId, Equipment... items) {
        String ids = String.join(",", Arrays.stream(items).map(item -> "\"" + item.getId() + "\"").toList());
        Map<String, Object> form = new HashMap<>();
        // Tasklist submits a checklist as a JSON array of texts.
        form.put("equipmentIds", SpinValues.jsonValue("[" + ids + "]").create());
        form.put("reason", "Matériel hors d'usage, remplacé par la Région.");
        return start(userId, form);
    }

    private ProcessInstance start(String userId, Map<String, Object> form) {
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(DisposalProcess.KEY).latestVersion().singleResult().getId();
        return as(userId, () -> formService.submitStartForm(definitionId, form));
    }

    private Disposal disposalOf(ProcessInstance instance) {
        return disposals.byProcessInstance(instance.getId());
    }

    private String businessKey(ProcessInstance instance) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
    }

    private EquipmentStatus statusOf(Equipment item) {
        return inventory.get(item.getId()).getStatus();
    }

    private EquipmentChange lastChange(Equipment item) {
        List<EquipmentChange> history = inventory.history(item.getId());
        return history.get(history.size() - 1);
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(groupId -> groupId != null).toList();
    }

    private void completeAs(String userId, Task task, Map<String, Object> variables) {
        as(userId, () -> {
            formService.submitTaskForm(task.getId(), variables);
            return null;
        });
    }

    /** Runs a call as Tasklist would for this user: authenticated, with their groups, under authorization checks. */
    private <T> T as(String userId, Supplier<T> call) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).unlimitedList().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return call.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void executeJob(ProcessInstance instance) {
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(job).as("job of " + instance.getId()).isNotNull();
        managementService.executeJob(job.getId());
    }

    private static Date date(LocalDateTime localTime) {
        return Date.from(localTime.atZone(PARIS).toInstant());
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private List<Path> mails() throws IOException {
        Path outbox = Path.of(mailProperties.outboxDir());
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(file -> file.toString().endsWith(".eml")).sorted().toList();
        }
    }

    private MimeMessage onlyMail() throws Exception {
        List<Path> files = mails();
        assertThat(files).hasSize(1);
        return read(files.get(0));
    }

    private MimeMessage newestMail() throws Exception {
        List<Path> files = mails();
        assertThat(files).isNotEmpty();
        return read(files.get(files.size() - 1));
    }

    private static MimeMessage read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static List<String> recipients(MimeMessage mail) throws Exception {
        return Arrays.stream(mail.getAllRecipients()).map(Address::toString).toList();
    }

    private static String body(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof Multipart multipart) {
            return multipart.getBodyPart(0).getContent().toString();
        }
        return content.toString();
    }

    private static List<String> attachmentNames(MimeMessage mail) throws Exception {
        List<String> names = new ArrayList<>();
        if (mail.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    names.add(part.getFileName());
                }
            }
        }
        return names;
    }

    private void deleteOutbox() throws IOException {
        Path outbox = Path.of(mailProperties.outboxDir());
        if (Files.isDirectory(outbox)) {
            try (Stream<Path> files = Files.walk(outbox)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
