package fr.proxima.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import fr.proxima.school.Uai;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every check of a planning file, one test per kind of error, with the line numbers reported. */
class PlanningFileValidationIT extends PlanningIntegrationTest {

    static final String TURGOT = "0750647W";
    static final String VICTOR_HUGO = "0750648X";
    static final String ALEMBERT = "0750650Z";
    static final String PLANNER = "planif-valide";
    static final String TECHNICIAN = "tech-valide";
    static final String CORRESPONDENT = "corr-valide";
    static final String HEADER = "date,uai,technicien,creneau,debut,fin";

    @Autowired
    PlanningService plannings;

    @BeforeEach
    void createUsers() {
        createPlanner(PLANNER);
        createTechnician(TECHNICIAN, "Valérie", "Lenoir", TURGOT, VICTOR_HUGO);
        createCorrespondent(CORRESPONDENT, "corr-valide@lycee.example", TURGOT);
    }

    @Test
    void invalidDateReported() {
        List<PlanningError> errors = rejected(
                "2026-03-10," + TURGOT + "," + TECHNICIAN + ",matin,,",
                "2026-02-30," + TURGOT + "," + TECHNICIAN + ",matin,,",
                "10/03/2026," + TURGOT + "," + TECHNICIAN + ",matin,,");

        assertThat(errors).extracting(PlanningError::line).containsExactly(3L, 4L);
        assertThat(errors.get(0).message()).isEqualTo("Ligne 3 : la date « 2026-02-30 » n'est pas valide : une date"
                + " AAAA-MM-JJ est attendue, par exemple 2026-03-02.");
        assertThat(errors.get(1).message()).startsWith("Ligne 4 : la date « 10/03/2026 » n'est pas valide");
    }

    @Test
    void emptyDateReported() {
        List<PlanningError> errors = rejected("," + TURGOT + "," + TECHNICIAN + ",matin,,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(2L,
                "Ligne 2 : la date est vide : une date AAAA-MM-JJ est attendue, par exemple 2026-03-02."));
    }

    @Test
    void weekendReported() {
        List<PlanningError> errors = rejected("2026-03-14," + TURGOT + "," + TECHNICIAN + ",matin,,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(2L,
                "Ligne 2 : le samedi 14 mars 2026 n'est pas un jour ouvré des lycées (week-end)."));
    }

    @Test
    void publicHolidayReported() {
        List<PlanningError> errors = rejected("2026-04-06," + TURGOT + "," + TECHNICIAN + ",matin,,");

        assertThat(errors).singleElement().extracting(PlanningError::message).asString()
                .startsWith("Ligne 2 : le lundi 6 avril 2026 n'est pas un jour ouvré des lycées (jour férié : ");
    }

    @Test
    void schoolHolidayReported() {
        List<PlanningError> errors = rejected("2026-04-21," + TURGOT + "," + TECHNICIAN + ",journée,,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(2L,
                "Ligne 2 : le mardi 21 avril 2026 n'est pas un jour ouvré des lycées (vacances scolaires)."));
    }

    @Test
    void schoolYearWithoutCalendarReported() {
        List<PlanningError> errors = rejected("2027-09-06," + TURGOT + "," + TECHNICIAN + ",matin,,");

        assertThat(errors).singleElement().extracting(PlanningError::message).asString()
                .startsWith("Ligne 2 : aucun calendrier scolaire n'est importé pour l'année 2027-2028");
    }

    @Test
    void hoursOutsideServiceWindowReported() {
        List<PlanningError> errors = rejected(
                "2026-03-10," + TURGOT + "," + TECHNICIAN + ",matin,07:30,11:00",
                "2026-03-11," + TURGOT + "," + TECHNICIAN + ",après-midi,14:00,18:30");

        assertThat(errors).containsExactly(
                new PlanningError(2L, "Ligne 2 : les horaires 07:30–11:00 sortent de la plage de service 08:00–18:00."),
                new PlanningError(3L, "Ligne 3 : les horaires 14:00–18:30 sortent de la plage de service 08:00–18:00."));
    }

    @Test
    void hoursInconsistentWithSlotReported() {
        List<PlanningError> errors = rejected(
                "2026-03-10," + TURGOT + "," + TECHNICIAN + ",matin,14:00,17:30",
                "2026-03-11," + TURGOT + "," + TECHNICIAN + ",journée,08:30,12:00");

        assertThat(errors).containsExactly(
                new PlanningError(2L, "Ligne 2 : les horaires 14:00–17:30 ne correspondent pas au créneau « matin »,"
                        + " qui se tient entre 08:00 et 13:00."),
                new PlanningError(3L, "Ligne 3 : les horaires 08:30–12:00 ne correspondent pas au créneau « journée »,"
                        + " qui commence avant 13:00 et finit après 13:00."));
    }

    @Test
    void endBeforeStartReported() {
        List<PlanningError> errors = rejected("2026-03-10," + TURGOT + "," + TECHNICIAN + ",matin,11:00,09:00");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(2L,
                "Ligne 2 : l'heure de fin 09:00 n'est pas après l'heure de début 11:00."));
    }

    @Test
    void invalidTimeReported() {
        List<PlanningError> errors = rejected("2026-03-10," + TURGOT + "," + TECHNICIAN + ",matin,8h30,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(2L,
                "Ligne 2 : l'heure de début « 8h30 » n'est pas valide : une heure HH:MM est attendue, par exemple 08:30."));
    }

    @Test
    void unknownSlotReported() {
        List<PlanningError> errors = rejected("2026-03-10," + TURGOT + "," + TECHNICIAN + ",soir,,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(2L,
                "Ligne 2 : le créneau « soir » n'est pas reconnu : matin, après-midi ou journée est attendu."));
    }

    @Test
    void invalidUaiReported() {
        List<PlanningError> errors = rejected("2026-03-10,075064," + TECHNICIAN + ",matin,,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(2L,
                "Ligne 2 : l'UAI « 075064 » n'est pas valide : sept chiffres et une lettre de contrôle sont attendus,"
                        + " par exemple 0750654D."));
    }

    @Test
    void unknownLyceeReported() {
        String unknown = "0759999" + Uai.expectedCheckLetter("0759999A");
        assertThat(schools.existsById(unknown)).isFalse();

        List<PlanningError> errors = rejected("2026-03-10," + unknown + "," + TECHNICIAN + ",matin,,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(2L,
                "Ligne 2 : aucun lycée public connu ne porte l'UAI « " + unknown + " »."));
    }

    @Test
    void unknownTechnicianReported() {
        List<PlanningError> errors = rejected("2026-03-10," + TURGOT + ",personne-inconnue,matin,,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(2L,
                "Ligne 2 : aucun utilisateur ne porte l'identifiant « personne-inconnue » : le technicien est désigné"
                        + " par son identifiant d'utilisateur."));
    }

    @Test
    void userOutsideTechniciansGroupReported() {
        List<PlanningError> errors = rejected("2026-03-10," + TURGOT + "," + CORRESPONDENT + ",matin,,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(2L,
                "Ligne 2 : l'utilisateur « corr-valide (Corinne Corr-corr-valide) » n'est pas technicien : il"
                        + " n'appartient pas au groupe « techniciens »."));
    }

    @Test
    void technicianOfAnotherLyceeReported() {
        List<PlanningError> errors = rejected("2026-03-10," + ALEMBERT + "," + TECHNICIAN + ",matin,,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(2L,
                "Ligne 2 : le technicien « tech-valide (Valérie Lenoir) » n'intervient pas au lycée LYCEE POLYVALENT"
                        + " D ALEMBERT LYCEE DES METIERS DE LA MODE (0750650Z) : ajoutez-le au groupe"
                        + " « techniciens-0750650Z » dans Camunda Admin, ou choisissez un technicien de ce lycée."));
    }

    @Test
    void lineOfAnotherMonthReported() {
        List<PlanningError> errors = rejected(
                "2026-03-10," + TURGOT + "," + TECHNICIAN + ",matin,,",
                "2026-03-11," + TURGOT + "," + TECHNICIAN + ",matin,,",
                "2026-04-02," + TURGOT + "," + TECHNICIAN + ",matin,,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(4L,
                "Ligne 4 : la date 2026-04-02 n'est pas en mars 2026, le mois de ce planning : un planning ne contient"
                        + " que les passages d'un mois."));
    }

    @Test
    void requestedMonthAppliesToEveryLine() {
        PlanningRejectedException rejection = catchThrowableOfType(PlanningRejectedException.class,
                () -> plannings.upload(file("2026-03-10," + TURGOT + "," + TECHNICIAN + ",matin,,"), "mars.csv",
                        PLANNER, YearMonth.of(2026, 4)));

        assertThat(rejection.errors()).singleElement().extracting(PlanningError::message).asString()
                .startsWith("Ligne 2 : la date 2026-03-10 n'est pas en avril 2026");
    }

    @Test
    void duplicateLineReported() {
        List<PlanningError> errors = rejected(
                "2026-03-10," + TURGOT + "," + TECHNICIAN + ",matin,,",
                "2026-03-12," + TURGOT + "," + TECHNICIAN + ",matin,,",
                "2026-03-10," + TURGOT + "," + TECHNICIAN + ",Matin,08:30,12:00");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(4L,
                "Ligne 4 : cette ligne répète la ligne 2 : même date, même lycée, même technicien et même créneau."));
    }

    @Test
    void doubleBookingInFileReported() {
        List<PlanningError> errors = rejected(
                "2026-03-10," + TURGOT + "," + TECHNICIAN + ",journée,,",
                "2026-03-10," + VICTOR_HUGO + "," + TECHNICIAN + ",après-midi,,",
                "2026-03-11," + TURGOT + "," + TECHNICIAN + ",matin,,",
                "2026-03-11," + VICTOR_HUGO + "," + TECHNICIAN + ",après-midi,,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(3L,
                "Ligne 3 : le technicien « tech-valide » est déjà prévu le mardi 10 mars 2026 à la ligne 2 (journée,"
                        + " lycée LYCEE GENERAL ET TECHNOLOGIQUE TURGOT (0750647W)) : un technicien n'a qu'un passage par"
                        + " créneau, et une journée occupe le matin et l'après-midi."));
    }

    @Test
    void doubleBookingWithPublishedVisitReported() {
        Planning published = plannings.upload(file("2026-03-19," + TURGOT + "," + TECHNICIAN + ",matin,,"),
                "premier.csv", PLANNER, null);
        assertThat(plannings.get(published.getId()).getStatus()).isEqualTo(PlanningStatus.PUBLISHED);

        List<PlanningError> errors = rejected(
                "2026-03-20," + VICTOR_HUGO + "," + TECHNICIAN + ",matin,,",
                "2026-03-19," + VICTOR_HUGO + "," + TECHNICIAN + ",journée,,");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(3L,
                "Ligne 3 : le technicien « tech-valide » a déjà un passage publié le jeudi 19 mars 2026 (matin, lycée"
                        + " LYCEE GENERAL ET TECHNOLOGIQUE TURGOT (0750647W)) : un technicien n'a qu'un passage par"
                        + " créneau, et une journée occupe le matin et l'après-midi."));
    }

    @Test
    void unknownAndMissingColumnsReported() {
        PlanningRejectedException rejection = catchThrowableOfType(PlanningRejectedException.class,
                () -> plannings.upload("date;uai;technicien;horaire\n2026-03-10;x;y;z\n"
                        .getBytes(StandardCharsets.UTF_8), "entete.csv", PLANNER, null));

        assertThat(rejection.errors()).containsExactly(
                new PlanningError(1L, "Ligne 1 : la colonne « horaire » n'est pas reconnue : l'en-tête attendu est"
                        + " date,uai,technicien,creneau, suivi en option de debut,fin."),
                new PlanningError(1L, "Ligne 1 : la colonne « creneau » manque : l'en-tête attendu est"
                        + " date,uai,technicien,creneau, suivi en option de debut,fin."));
    }

    @Test
    void emptyFileReported() {
        PlanningRejectedException empty = catchThrowableOfType(PlanningRejectedException.class,
                () -> plannings.upload(new byte[0], "vide.csv", PLANNER, null));
        PlanningRejectedException headerOnly = catchThrowableOfType(PlanningRejectedException.class,
                () -> plannings.upload((HEADER + "\n").getBytes(StandardCharsets.UTF_8), "vide.csv", PLANNER, null));

        assertThat(empty.errors()).singleElement().isEqualTo(new PlanningError(null, "Le fichier est vide : sa"
                + " première ligne doit être l'en-tête date,uai,technicien,creneau, suivi en option de debut,fin."));
        assertThat(headerOnly.errors()).singleElement().isEqualTo(new PlanningError(null, "Le fichier ne contient"
                + " aucun passage : ajoutez sous l'en-tête une ligne par passage."));
    }

    @Test
    void extraValuesReported() {
        List<PlanningError> errors = rejected("2026-03-10," + TURGOT + "," + TECHNICIAN + ",matin,,,en trop");

        assertThat(errors).singleElement().isEqualTo(new PlanningError(2L,
                "Ligne 2 : la ligne a 7 valeurs pour 6 colonnes dans l'en-tête."));
    }

    @Test
    void unclosedQuoteReported() {
        List<PlanningError> errors = rejected(
                "2026-03-10," + TURGOT + "," + TECHNICIAN + ",matin,,",
                "\"2026-03-11," + TURGOT + "," + TECHNICIAN + ",matin,,");

        assertThat(errors).singleElement().extracting(PlanningError::message).asString()
                .startsWith("Ligne 3 : un guillemet n'est pas fermé");
    }

    @Test
    void everyErrorOfALineIsListed() {
        List<PlanningError> errors = rejected("2026-03-14,0750654,inconnu,soir,,");

        assertThat(errors).extracting(PlanningError::line).containsOnly(2L);
        assertThat(errors).extracting(PlanningError::message).containsExactly(
                "Ligne 2 : l'UAI « 0750654 » n'est pas valide : sept chiffres et une lettre de contrôle sont attendus,"
                        + " par exemple 0750654D.",
                "Ligne 2 : aucun utilisateur ne porte l'identifiant « inconnu » : le technicien est désigné par son"
                        + " identifiant d'utilisateur.",
                "Ligne 2 : le créneau « soir » n'est pas reconnu : matin, après-midi ou journée est attendu.",
                "Ligne 2 : le samedi 14 mars 2026 n'est pas un jour ouvré des lycées (week-end).");
    }

    @Test
    void rejectedFileStoresNothingAndAnswers400() throws Exception {
        int planningsBefore = plannings.list().size();

        HttpResponse<String> response = upload(PLANNER, "mars.csv", file(
                "2026-03-10," + TURGOT + "," + TECHNICIAN + ",matin,,",
                "2026-03-14," + TURGOT + "," + TECHNICIAN + ",matin,,",
                "2026-03-12," + ALEMBERT + "," + TECHNICIAN + ",matin,,"));

        assertStatus(response, 400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("title").asText()).isEqualTo("Passages refusés");
        assertThat(problem.path("detail").asText()).isEqualTo("2 erreurs ont été trouvées : rien n'a été enregistré."
                + " Corrigez-les toutes, puis envoyez de nouveau.");
        assertThat(problem.path("errors").findValuesAsText("line")).containsExactly("3", "4");
        assertThat(problem.path("errors").get(0).path("message").asText())
                .isEqualTo("Ligne 3 : le samedi 14 mars 2026 n'est pas un jour ouvré des lycées (week-end).");
        assertThat(plannings.list()).hasSize(planningsBefore);
    }

    @Test
    void nonPlannerCannotUpload() throws Exception {
        HttpResponse<String> response = upload(TECHNICIAN, "mars.csv",
                file("2026-03-10," + TURGOT + "," + TECHNICIAN + ",matin,,"));

        assertStatus(response, 403);
        assertThat(json(response).path("title").asText()).isEqualTo("Accès refusé");
    }

    @Test
    void utf8FileWithBomAndSemicolonsAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = ("Date;UAI;Technicien;Créneau\r\n2026-03-16;" + TURGOT.toLowerCase() + ";" + TECHNICIAN
                + ";Matin\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);

        Planning planning = plannings.upload(content, "mars-bom.csv", PLANNER, null);

        assertThat(planning.getMonth()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(plannings.visitsOf(planning.getId())).singleElement().satisfies(visit -> {
            assertThat(visit.getSchoolUai()).isEqualTo(TURGOT);
            assertThat(visit.getSlot()).isEqualTo(VisitSlot.MORNING);
            assertThat(visit.getStart()).hasToString("08:30");
            assertThat(visit.getEnd()).hasToString("12:00");
            assertThat(visit.getSourceLine()).isEqualTo(2);
        });
    }

    @Test
    void windows1252FileWithAccentedSlotsAccepted() {
        byte[] content = ("date;uai;technicien;créneau;début;fin\n"
                + "2026-03-17;" + VICTOR_HUGO + ";" + TECHNICIAN + ";après-midi;14:30;17:00\n"
                + "2026-03-18;" + VICTOR_HUGO + ";" + TECHNICIAN + ";journée;;\n")
                .getBytes(Charset.forName("windows-1252"));

        Planning planning = plannings.upload(content, "mars-1252.csv", PLANNER, null);

        assertThat(plannings.visitsOf(planning.getId())).extracting(Visit::getSlot, Visit::getStart, Visit::getEnd)
                .containsExactly(
                        tuple(VisitSlot.AFTERNOON, LocalTime.of(14, 30), LocalTime.of(17, 0)),
                        tuple(VisitSlot.FULL_DAY, LocalTime.of(8, 30), LocalTime.of(17, 30)));
    }

    private List<PlanningError> rejected(String... lines) {
        PlanningRejectedException rejection = catchThrowableOfType(PlanningRejectedException.class,
                () -> plannings.upload(file(lines), "planning.csv", PLANNER, null));
        assertThat(rejection).as("the file should be rejected").isNotNull();
        return rejection.errors();
    }

    static byte[] file(String... lines) {
        return (HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
