package fr.proxima.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

@DataJpaTest(showSql = false)
class CalendarDataLoaderTest {

    @Autowired
    SchoolCalendarPeriodRepository repository;

    private CalendarDataLoader loader(boolean loadAtStartup) {
        return new CalendarDataLoader(repository, new SchoolCalendarImporter(repository),
                new CalendarProperties(loadAtStartup));
    }

    @Test
    void emptyTableGetsTheShippedCalendar() {
        loader(true).run(null);

        assertThat(repository.count()).isEqualTo(14);
    }

    @Test
    void filledTableIsLeftAlone() {
        byte[] oneYear = ("annee_scolaire,periode,premier_jour_sans_classe,jour_de_reprise\n"
                + "2025-2026,Rentrée,,2025-09-01\n").getBytes(StandardCharsets.UTF_8);
        new SchoolCalendarImporter(repository).importCsv(oneYear, "test");

        loader(true).run(null);

        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void loadingCanBeTurnedOff() {
        loader(false).run(null);

        assertThat(repository.count()).isZero();
    }
}
