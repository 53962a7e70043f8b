package fr.proxima.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The example files of the READMEs' walk-through, with the demo accounts, give the documented results. */
class DocumentedExamplesIT extends PlanningIntegrationTest {

    static final Path EXAMPLES = Path.of("docs/examples");

    @Autowired
    PlanningService plannings;

    @Test
    void walkThroughFilesBehaveAsDocumented() throws Exception {
        byte[] january = Files.readAllBytes(EXAMPLES.resolve("planning-2027-01.csv"));
        byte[] march = Files.readAllBytes(EXAMPLES.resolve("planning-2027-03-over-allocation.csv"));

        Planning published = plannings.upload(january, "planning-2027-01.csv", "planificateur", null);
        runJobs(published.getProcessInstanceId());
        PlanningRejectedException again = catchThrowableOfType(PlanningRejectedException.class,
                () -> plannings.upload(january, "planning-2027-01.csv", "planificateur", null));
        Planning overAllocation = plannings.upload(march, "planning-2027-03-over-allocation.csv", "planificateur",
                null);

        assertThat(plannings.get(published.getId()).getStatus()).isEqualTo(PlanningStatus.PUBLISHED);
        assertThat(plannings.visitsOf(published.getId())).hasSize(7);
        assertThat(mailsTo("correspondant@demo.proxima.example")).singleElement().satisfies(mail ->
                assertThat(mail.subject()).isEqualTo("Passages du technicien en janvier 2027 : LYCEE GENERAL HENRI IV"));
        assertThat(again.errors()).hasSize(7).allSatisfy(error ->
                assertThat(error.message()).contains("a déjà un passage publié"));
        assertThat(overAllocation.getStatus()).isEqualTo(PlanningStatus.AWAITING_CONFIRMATION);
        assertThat(overAllocation.getWarnings()).singleElement().satisfies(warning ->
                assertThat(warning.getMessage()).contains("pour une dotation de 94,5 h"));
    }
}
