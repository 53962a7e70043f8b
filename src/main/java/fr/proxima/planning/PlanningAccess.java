package fr.proxima.planning;

import fr.proxima.security.CurrentUser;
import fr.proxima.security.SchoolAccess;
import fr.proxima.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Access rules of the planning. Planners and administrators manage plannings and visits and read
 * every lycée. The correspondents and technicians of a lycée read its plan, through
 * {@link SchoolAccess}.
 */
@Component
class PlanningAccess {

    private final CurrentUser currentUser;

    private final SchoolAccess schoolAccess;

    PlanningAccess(CurrentUser currentUser, SchoolAccess schoolAccess) {
        this.currentUser = currentUser;
        this.schoolAccess = schoolAccess;
    }

    /** Returns the caller's user id, or raises a 401 problem. */
    String requireUser() {
        return currentUser.id().orElseThrow(() -> ApiProblems.exception(HttpStatus.UNAUTHORIZED, "Authentification requise",
                "Connectez-vous pour accéder au planning des passages."));
    }

    /** Returns the caller's user id when they are a planner or an administrator, or raises a 403 problem. */
    String requirePlanner() {
        String userId = requireUser();
        if (!isPlanner(userId)) {
            throw ApiProblems.exception(HttpStatus.FORBIDDEN, "Accès refusé",
                    "Seuls les planificateurs de la Région et les administrateurs gèrent le planning des passages.");
        }
        return userId;
    }

    boolean isPlanner(String userId) {
        return schoolAccess.isPlanner(userId) || schoolAccess.isAdministrator(userId);
    }

    /** True when the user may read the lycée's plan: planners, administrators, its correspondents and technicians. */
    boolean canReadSchool(String userId, String uai) {
        return isPlanner(userId) || schoolAccess.canRead(userId, uai);
    }
}
