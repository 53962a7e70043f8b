package fr.proxima.security;

import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts of the embedded setup, one per role, whose password is the user id. They exist
 * only in Spring's "default" profile, that is when no profile is active. Every other profile
 * gets its first administrator from {@link AdministratorAccount}.
 */
@Component
@Profile("default")
@Order(30)
class DemoAccounts implements ApplicationRunner {

    static final String HENRI_IV = "0750654D";

    static final String LOUIS_LE_GRAND = "0750655E";

    /** Paris public lycées served by the demo technician: not Louis-le-Grand. */
    static final List<String> TECHNICIAN_SCHOOLS = List.of(
            HENRI_IV,
            "0750652B", // Charlemagne
            "0750656F", // Lavoisier
            "0750657G", // Montaigne
            "0750660K"); // Fénelon

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Claire", "Lefèvre", List.of(Groups.ADMINISTRATORS)),
            new DemoAccount("technicien", "Julien", "Moreau", technicianGroups()),
            new DemoAccount("correspondant", "Sophie", "Durand",
                    List.of(Groups.CORRESPONDENTS, Groups.correspondentsOf(HENRI_IV))),
            new DemoAccount("correspondant2", "Marc", "Lambert",
                    List.of(Groups.CORRESPONDENTS, Groups.correspondentsOf(LOUIS_LE_GRAND))),
            new DemoAccount("planificateur", "Hélène", "Girard", List.of(Groups.PLANNERS)),
            new DemoAccount("chef", "Anne", "Rousseau", List.of(Groups.HEADS, Groups.headsOf(HENRI_IV))));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserAccounts accounts;

    DemoAccounts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccount account : ACCOUNTS) {
            accounts.createIfMissing(account.id(), account.firstName(), account.lastName(),
                    account.id() + "@demo.proxima.example", account.id());
            for (String groupId : account.groupIds()) {
                accounts.addMembership(account.id(), groupId);
            }
        }
        log.warn("Demo accounts {} are active, each with its user id as password: use a profile other than"
                + " 'default' outside a demo", ACCOUNTS.stream().map(DemoAccount::id).toList());
    }

    private static List<String> technicianGroups() {
        return Stream.concat(Stream.of(Groups.TECHNICIANS), TECHNICIAN_SCHOOLS.stream().map(Groups::techniciansOf))
                .toList();
    }

    record DemoAccount(String id, String firstName, String lastName, List<String> groupIds) {
    }
}
