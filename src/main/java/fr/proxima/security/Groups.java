package fr.proxima.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Camunda group ids. Access to a lycée's data follows group membership: a correspondent belongs to
 * {@code correspondants-<UAI>}, a technician to {@code techniciens-<UAI>} for each lycée served, and
 * the head of a lycée to {@code chefs-<UAI>}.
 */
public final class Groups {

    /** Process administrators: Cockpit, Admin and every lycée. The name is fixed by Camunda. */
    public static final String ADMINISTRATORS = "camunda-admin";

    public static final String TECHNICIANS = "techniciens";

    public static final String CORRESPONDENTS = "correspondants";

    /** Regional planners, who publish the monthly visit planning and the school calendar. */
    public static final String PLANNERS = "planificateurs";

    /** Heads of lycées (chefs d'établissement), who approve disposals and may set the day's priorities. */
    public static final String HEADS = "chefs-etablissement";

    private static final String CORRESPONDENTS_PREFIX = CORRESPONDENTS + "-";

    private static final String TECHNICIANS_PREFIX = TECHNICIANS + "-";

    // Not HEADS + "-": the per-lycée group is "chefs-0750654D". The role group "chefs-etablissement"
    // never reads as a per-lycée group because its suffix is not 8 characters long.
    private static final String HEADS_PREFIX = "chefs-";

    private Groups() {
    }

    public static String correspondentsOf(String uai) {
        return CORRESPONDENTS_PREFIX + uai.toUpperCase(Locale.ROOT);
    }

    public static String techniciansOf(String uai) {
        return TECHNICIANS_PREFIX + uai.toUpperCase(Locale.ROOT);
    }

    public static String headsOf(String uai) {
        return HEADS_PREFIX + uai.toUpperCase(Locale.ROOT);
    }

    /** Returns the UAI of a per-lycée correspondents group, or empty for any other group. */
    public static Optional<String> uaiOfCorrespondentsGroup(String groupId) {
        return suffix(groupId, CORRESPONDENTS_PREFIX);
    }

    /** Returns the UAI of a per-lycée technicians group, or empty for any other group. */
    public static Optional<String> uaiOfTechniciansGroup(String groupId) {
        return suffix(groupId, TECHNICIANS_PREFIX);
    }

    /** Returns the UAI of a per-lycée heads group, or empty for any other group. */
    public static Optional<String> uaiOfHeadsGroup(String groupId) {
        return suffix(groupId, HEADS_PREFIX);
    }

    private static Optional<String> suffix(String groupId, String prefix) {
        if (groupId != null && groupId.startsWith(prefix) && groupId.length() == prefix.length() + 8) {
            return Optional.of(groupId.substring(prefix.length()));
        }
        return Optional.empty();
    }
}
