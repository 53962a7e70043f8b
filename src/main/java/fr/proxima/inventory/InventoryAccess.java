package fr.proxima.inventory;

import fr.proxima.school.SchoolRepository;
import fr.proxima.security.CurrentUser;
import fr.proxima.security.SchoolAccess;
import fr.proxima.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Access rules of the inventory. A lycée's correspondents read its inventory, its technicians read
 * and change it, administrators do both for every lycée. For anyone else the lycée, and every item
 * of it, returns 404 as if it did not exist.
 */
@Component
class InventoryAccess {

    private final CurrentUser currentUser;

    private final SchoolAccess schoolAccess;

    private final SchoolRepository schools;

    InventoryAccess(CurrentUser currentUser, SchoolAccess schoolAccess, SchoolRepository schools) {
        this.currentUser = currentUser;
        this.schoolAccess = schoolAccess;
        this.schools = schools;
    }

    /** Returns the caller's user id, or raises a 401 problem. */
    String requireUser() {
        return currentUser.id().orElseThrow(() -> ApiProblems.exception(ApiProblems.authenticationRequired()));
    }

    /** Returns the caller's user id when they may read the lycée's inventory, or raises a 404 problem. */
    String requireReader(String uai) {
        String userId = requireUser();
        if (!schoolAccess.canRead(userId, uai) || !schools.existsById(uai)) {
            throw schoolNotFound(uai);
        }
        return userId;
    }

    /**
     * Returns the caller's user id when they may change the lycée's inventory. Raises a 404 problem
     * when they may not even read it, and a 403 problem when they may only read it.
     */
    String requireWriter(String uai) {
        String userId = requireReader(uai);
        if (!canWrite(userId, uai)) {
            throw ApiProblems.exception(HttpStatus.FORBIDDEN, "Modification refusée",
                    "Seuls les techniciens du lycée " + uai + " et les administrateurs modifient son inventaire ;"
                            + " vous pouvez le consulter et l'exporter.");
        }
        return userId;
    }

    /** True when the user may change the lycée's inventory: its technicians and administrators. */
    boolean canWrite(String userId, String uai) {
        return schoolAccess.isAdministrator(userId) || schoolAccess.technicianSchools(userId).contains(uai);
    }

    /** Returns the item when it belongs to the lycée, and raises for any other item the 404 of an unknown one. */
    Equipment requireItemOf(String uai, Equipment item) {
        if (!item.getSchoolUai().equals(uai)) {
            throw itemNotFound(item.getId());
        }
        return item;
    }

    static RuntimeException itemNotFound(long id) {
        return ApiProblems.exception(HttpStatus.NOT_FOUND, "Équipement introuvable", "Aucun équipement accessible"
                + " n'a l'identifiant " + id + " dans ce lycée : vérifiez l'identifiant dans la liste de l'inventaire.");
    }

    private static RuntimeException schoolNotFound(String uai) {
        return ApiProblems.exception(HttpStatus.NOT_FOUND, "Lycée introuvable", "Aucun lycée accessible n'a le code"
                + " UAI « " + uai.replaceAll("\\p{Cntrl}", "?") + " » : choisissez un de vos lycées.");
    }
}
