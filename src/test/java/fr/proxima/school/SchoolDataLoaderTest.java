package fr.proxima.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

@DataJpaTest(showSql = false)
class SchoolDataLoaderTest {

    @Autowired
    SchoolRepository repository;

    private SchoolDataLoader loader(boolean loadAtStartup) {
        SchoolProperties properties = new SchoolProperties(loadAtStartup, 3);
        return new SchoolDataLoader(repository, new SchoolImporter(repository, properties), properties);
    }

    @Test
    void emptyTableGetsTheShippedList() {
        loader(true).run(null);

        assertThat(repository.count()).isEqualTo(452);
        assertThat(repository.findById("0750654D")).isPresent();
    }

    @Test
    void filledTableIsLeftAlone() {
        School school = new School("0750654D");
        school.setName("LYCEE HENRI IV, NOM LOCAL");
        school.setTown("PARIS");
        school.setDepartement("075");
        school.setAcademie("Paris");
        school.setSchoolType("LEGT");
        school.setWorkstations(300, false);
        school.setUpdatedAt(Instant.now());
        repository.save(school);

        loader(true).run(null);

        assertThat(repository.count()).isEqualTo(1);
        assertThat(repository.findById("0750654D").orElseThrow().getName()).isEqualTo("LYCEE HENRI IV, NOM LOCAL");
    }

    @Test
    void loadingCanBeTurnedOff() {
        loader(false).run(null);

        assertThat(repository.count()).isZero();
    }
}
