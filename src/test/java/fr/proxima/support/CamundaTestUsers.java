package fr.proxima.support;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Creates the Camunda users that webapp tests log in with. Every method leaves what already exists
 * alone, so tests sharing a cached context may call them before each test.
 */
public final class CamundaTestUsers {

    public static final String ADMIN_ID = "admin.test";

    public static final String ADMIN_PASSWORD = "Admin-test-42";

    private CamundaTestUsers() {
    }

    /**
     * Creates {@link #ADMIN_ID} in the {@code camunda-admin} group, with every permission on every
     * resource as Camunda's own first-administrator setup grants, unless that group already has a
     * member. Until an administrator exists, every webapp shows its first-user setup page in place
     * of the login form.
     */
    public static void ensureAdministrator(ProcessEngine engine) {
        IdentityService identityService = engine.getIdentityService();
        if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Administrateurs Camunda");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identityService.saveGroup(group);
        }
        AuthorizationService authorizationService = engine.getAuthorizationService();
        for (Resource resource : Resources.values()) {
            boolean granted = authorizationService.createAuthorizationQuery()
                    .groupIdIn(Groups.CAMUNDA_ADMIN)
                    .resourceType(resource)
                    .resourceId(Authorization.ANY)
                    .count() > 0;
            if (!granted) {
                Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                authorization.setGroupId(Groups.CAMUNDA_ADMIN);
                authorization.setResource(resource);
                authorization.setResourceId(Authorization.ANY);
                authorization.addPermission(Permissions.ALL);
                authorizationService.saveAuthorization(authorization);
            }
        }
        ensureUser(engine, ADMIN_ID, "Admin", "Test", ADMIN_PASSWORD);
        identityService.createMembership(ADMIN_ID, Groups.CAMUNDA_ADMIN);
    }

    /** Creates the user with these names and password unless a user with that id exists. */
    public static void ensureUser(ProcessEngine engine, String userId, String firstName, String lastName, String password) {
        IdentityService identityService = engine.getIdentityService();
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        User user = identityService.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(userId + "@proxima.example");
        user.setPassword(password);
        identityService.saveUser(user);
    }

    /** Grants the user access to the webapp unless an authorization for it exists. */
    public static void grantAccess(ProcessEngine engine, String userId, CamundaWebapp webapp) {
        AuthorizationService authorizationService = engine.getAuthorizationService();
        boolean granted = authorizationService.createAuthorizationQuery()
                .userIdIn(userId)
                .resourceType(Resources.APPLICATION)
                .resourceId(webapp.applicationId())
                .count() > 0;
        if (granted) {
            return;
        }
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setUserId(userId);
        authorization.setResource(Resources.APPLICATION);
        authorization.setResourceId(webapp.applicationId());
        authorization.addPermission(Permissions.ACCESS);
        authorizationService.saveAuthorization(authorization);
    }
}
