package fr.proxima.security;

import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Beans of the security tests: a few real lycées, loaded before the identity bootstrap as the
 * school loader does, and an {@code /api} endpoint that returns the current user.
 */
@TestConfiguration(proxyBeanMethods = false)
class SecurityTestConfiguration {

    /** UAI and name of the lycées that the tests load: the demo technician's five and Louis-le-Grand. */
    static final Map<String, String> SCHOOLS = Map.of(
            "0750654D", "LYCEE GENERAL HENRI IV",
            "0750652B", "LYCEE GENERAL CHARLEMAGNE",
            "0750656F", "LYCEE GENERAL LAVOISIER",
            "0750657G", "LYCEE GENERAL MONTAIGNE",
            "0750660K", "LYCEE GENERAL FENELON",
            "0750655E", "LYCEE GENERAL ET TECHNOLOGIQUE PUBLIQUE LOUIS LE GRAND");

    @Bean
    TestSchoolLoader testSchoolLoader(SchoolRepository schools) {
        return new TestSchoolLoader(schools);
    }

    /** Serves the current user's id. An annotated controller class would be component-scanned into every test context. */
    @Bean
    RouterFunction<ServerResponse> currentUserEndpoint(CurrentUser currentUser) {
        return RouterFunctions.route()
                .GET("/api/test/current-user",
                        request -> ServerResponse.ok().body(Map.of("id", currentUser.id().orElse(""))))
                .build();
    }

    static School school(String uai, String name) {
        School school = new School(uai);
        school.setName(name);
        school.setTown("PARIS 5E ARRONDISSEMENT");
        school.setDepartement("075");
        school.setAcademie("Paris");
        school.setSchoolType("LEGT");
        school.setWorkstations(100, true);
        school.setUpdatedAt(Instant.now());
        return school;
    }

    /** Runs before {@link IdentityBootstrap}, like the real school loader. */
    static final class TestSchoolLoader implements ApplicationRunner, Ordered {

        private final SchoolRepository schools;

        TestSchoolLoader(SchoolRepository schools) {
            this.schools = schools;
        }

        @Override
        public void run(ApplicationArguments args) {
            SCHOOLS.forEach((uai, name) -> {
                if (!schools.existsById(uai)) {
                    schools.save(school(uai, name));
                }
            });
        }

        @Override
        public int getOrder() {
            return 5;
        }
    }
}
