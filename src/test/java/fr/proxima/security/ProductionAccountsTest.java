package fr.proxima.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Accounts outside the default profile: no demo account, and the first administrator from the
 * configuration. The engine gets a unique name so that this context can live beside the web tests'.
 */
@SpringBootTest(webEnvironment = WebEnvironment.MOCK, properties = {
        "spring.datasource.url=jdbc:h2:mem:proxima-security-production;DB_CLOSE_DELAY=-1",
        "proxima.data-dir=${java.io.tmpdir}/proxima-security-production-test",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "proxima.admin.id=chef.proxima",
        "proxima.admin.password=Mot-de-passe-initial-1",
        "proxima.admin.email=chef.proxima@region.example"})
@ActiveProfiles("test-production")
@Import(SecurityTestConfiguration.class)
@DirtiesContext
class ProductionAccountsTest {

    @Autowired
    IdentityService identityService;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    ServerProperties server;

    @Autowired
    CamundaBpmProperties camunda;

    @Autowired
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders;

    @Test
    void cookiesSecureAndHstsSent() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        securityHeaders.getFilter().doFilter(new MockHttpServletRequest("GET", "/suivi/"), response,
                new MockFilterChain());

        assertThat(server.getServlet().getSession().getCookie().getSecure()).isTrue();
        assertThat(server.getServlet().getSession().getCookie().getHttpOnly()).isTrue();
        assertThat(camunda.getWebapp().getCsrf().isEnableSecureCookie()).isTrue();
        assertThat(camunda.getWebapp().getHeaderSecurity().isHstsDisabled()).isFalse();
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo(SecurityHeadersFilter.HSTS);
    }

    @Test
    void noDemoAccount() {
        for (String userId : List.of("admin", "technicien", "correspondant", "correspondant2", "planificateur")) {
            assertThat(identityService.createUserQuery().userId(userId).count()).as(userId).isZero();
        }
        assertThat(context.getBeansOfType(DemoAccounts.class)).isEmpty();
    }

    @Test
    void administratorComesFromConfiguration() {
        User administrator = identityService.createUserQuery().userId("chef.proxima").singleResult();

        assertThat(administrator).isNotNull();
        assertThat(administrator.getEmail()).isEqualTo("chef.proxima@region.example");
        assertThat(identityService.checkPassword("chef.proxima", "Mot-de-passe-initial-1")).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINISTRATORS).list())
                .extracting(User::getId).containsExactly("chef.proxima");
    }

    @Test
    void administratorIsNotAddedWhenGroupHasMembers() {
        new AdministratorAccount(accounts, new AdministratorProperties("second.admin", "Autre-mot-de-passe-2", null))
                .run(null);

        assertThat(identityService.createUserQuery().userId("second.admin").count()).isZero();
    }

    @Test
    void missingConfigurationCreatesNoAdministrator() {
        identityService.deleteMembership("chef.proxima", Groups.ADMINISTRATORS);
        try {
            new AdministratorAccount(accounts, new AdministratorProperties("", "", "")).run(null);
            new AdministratorAccount(accounts, new AdministratorProperties("sans.mot.de.passe", null, null)).run(null);

            assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINISTRATORS).count()).isZero();
            assertThat(identityService.createUserQuery().userId("sans.mot.de.passe").count()).isZero();
        } finally {
            identityService.createMembership("chef.proxima", Groups.ADMINISTRATORS);
        }
    }

    @Test
    void invalidAdministratorIdIsLoggedNotThrown() {
        identityService.deleteMembership("chef.proxima", Groups.ADMINISTRATORS);
        try {
            new AdministratorAccount(accounts, new AdministratorProperties("id invalide!", "Mot-de-passe-5", null))
                    .run(null);

            assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINISTRATORS).count()).isZero();
        } finally {
            identityService.createMembership("chef.proxima", Groups.ADMINISTRATORS);
        }
    }

    @Test
    void existingUserBecomesAdministratorWithPasswordUnchanged() {
        identityService.deleteMembership("chef.proxima", Groups.ADMINISTRATORS);
        accounts.createIfMissing("deja.la", "Déjà", "Là", null, "Ancien-mot-de-passe-3");
        try {
            new AdministratorAccount(accounts, new AdministratorProperties("deja.la", "Nouveau-mot-de-passe-4", null))
                    .run(null);

            assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINISTRATORS).list())
                    .extracting(User::getId).containsExactly("deja.la");
            assertThat(identityService.checkPassword("deja.la", "Ancien-mot-de-passe-3")).isTrue();
        } finally {
            identityService.deleteMembership("deja.la", Groups.ADMINISTRATORS);
            identityService.deleteUser("deja.la");
            identityService.createMembership("chef.proxima", Groups.ADMINISTRATORS);
        }
    }
}
