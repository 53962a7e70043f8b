package fr.proxima.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Names and mail addresses of Camunda users, for notifications and history. */
@Service
public class UserDirectory {

    private final ProcessEngine processEngine;

    public UserDirectory(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    /** A user's contact details; name and e-mail may be empty. */
    public record Contact(String id, String displayName, String email) {
    }

    public Optional<Contact> find(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        User user = withoutAuthorizationChecks(identityService ->
                identityService.createUserQuery().userId(userId).singleResult());
        return Optional.ofNullable(user).map(UserDirectory::contact);
    }

    /** Returns the members of a group, such as the correspondents of one lycée, sorted by user id. */
    public List<Contact> membersOf(String groupId) {
        List<User> users = withoutAuthorizationChecks(identityService ->
                identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().unlimitedList());
        return users.stream().map(UserDirectory::contact).toList();
    }

    /** Returns the mail addresses of a group's members, without empty or repeated ones. */
    public List<String> addressesOf(String groupId) {
        return membersOf(groupId).stream()
                .map(Contact::email)
                .filter(email -> !email.isEmpty())
                .distinct()
                .toList();
    }

    /**
     * Runs an identity query without the caller's authorization checks. Notifications run as the
     * engine or as the user who completed a task. That user may not have READ on other users, but
     * the recipient's address must still be found.
     */
    private <T> T withoutAuthorizationChecks(Function<IdentityService, T> query) {
        return EngineQueries.withoutAuthorization(processEngine, () -> query.apply(processEngine.getIdentityService()));
    }

    private static Contact contact(User user) {
        String name = ((nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip());
        return new Contact(user.getId(), name.isEmpty() ? user.getId() : name, nullToEmpty(user.getEmail()).strip());
    }

    /** The user's full name, or the id when the user is unknown or has no name. */
    public String displayName(String userId) {
        return find(userId).map(Contact::displayName).orElse(userId);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
