package fr.proxima.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Creates Camunda users and group memberships when they are missing. */
@Component
class UserAccounts {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    private final IdentityService identityService;

    UserAccounts(IdentityService identityService) {
        this.identityService = identityService;
    }

    boolean exists(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }

    boolean groupHasMembers(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).count() > 0;
    }

    /**
     * Creates the user unless a user with this id exists; an existing user keeps their profile and
     * password. Returns true when the user was created.
     */
    boolean createIfMissing(String userId, String firstName, String lastName, String email, String password) {
        if (exists(userId)) {
            return false;
        }
        User user = identityService.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identityService.saveUser(user);
        log.info("Created the user {}", userId);
        return true;
    }

    /**
     * Adds the user to the group unless they are a member. Returns false, with a warning, when
     * the group does not exist, such as the group of a lycée that is not loaded.
     */
    boolean addMembership(String userId, String groupId) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            log.warn("Group {} not found: user {} was not added to it", groupId, userId);
            return false;
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
            log.info("Added the user {} to the group {}", userId, groupId);
        }
        return true;
    }
}
