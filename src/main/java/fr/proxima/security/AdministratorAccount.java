package fr.proxima.security;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first process administrator from the configuration when the {@code camunda-admin}
 * group has no member. Camunda's own setup page is blocked (see {@link AdminSetupFilter}), so this
 * is the only way to get a first administrator outside the "default" profile.
 */
@Component
@Profile("!default")
@Order(30)
class AdministratorAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorAccount.class);

    private final UserAccounts accounts;

    private final AdministratorProperties properties;

    AdministratorAccount(UserAccounts accounts, AdministratorProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.groupHasMembers(Groups.ADMINISTRATORS)) {
            log.debug("The group {} has members: no administrator is created", Groups.ADMINISTRATORS);
            return;
        }
        if (!properties.isComplete()) {
            log.warn("No process administrator: the group {} has no member and PROXIMA_ADMIN_ID or"
                    + " PROXIMA_ADMIN_PASSWORD is not set. Set both and restart to create one.",
                    Groups.ADMINISTRATORS);
            return;
        }

        String userId = properties.id().trim();
        try {
            boolean created = accounts.createIfMissing(userId, "Administrateur", "Proxima",
                    properties.emailOrNull(), properties.password());
            if (!created) {
                log.warn("The user {} already exists: added to {} with the password unchanged", userId,
                        Groups.ADMINISTRATORS);
            }
            accounts.addMembership(userId, Groups.ADMINISTRATORS);
            log.info("The user {} is the first process administrator", userId);
        } catch (ProcessEngineException e) {
            // Such as an id that the engine's userResourceWhitelistPattern rejects.
            log.error("Failed to create the first process administrator {} from PROXIMA_ADMIN_ID; fix the"
                    + " setting and restart", userId, e);
        }
    }
}
