package fr.proxima.security;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates Camunda authorizations when they are missing, and adds missing permissions to existing
 * ones. It never removes a permission, so grants that an administrator adds in Camunda Admin stay.
 */
@Component
class AuthorizationGrants {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationGrants.class);

    private final AuthorizationService authorizationService;

    AuthorizationGrants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    /** Grants the permissions to a group on one resource, or on all of a type with {@link Authorization#ANY}. */
    void grantToGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (existing == null) {
            Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            save(authorization, resource, resourceId, permissions);
            log.info("Granted {} on {} '{}' to group {}", names(permissions), resource.resourceName(), resourceId,
                    groupId);
        } else {
            addMissing(existing, resource, resourceId, permissions, "group " + groupId);
        }
    }

    /** Grants the permissions to every user (a global authorization). */
    void grantToEveryone(Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (existing == null) {
            Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            save(authorization, resource, resourceId, permissions);
            log.info("Granted {} on {} '{}' to every user", names(permissions), resource.resourceName(), resourceId);
        } else {
            addMissing(existing, resource, resourceId, permissions, "every user");
        }
    }

    private void save(Authorization authorization, Resource resource, String resourceId, Permission[] permissions) {
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    private void addMissing(Authorization authorization, Resource resource, String resourceId,
            Permission[] permissions, String grantee) {
        boolean changed = false;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
            log.info("Added missing permissions {} on {} '{}' for {}", names(permissions), resource.resourceName(),
                    resourceId, grantee);
        }
    }

    private static String names(Permission[] permissions) {
        return Arrays.stream(permissions).map(Permission::getName).collect(Collectors.joining(", "));
    }
}
