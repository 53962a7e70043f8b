package fr.proxima.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Camunda group ids. Access to a lycée's data follows group membership: a correspondent belongs to
 * {@code correspondants-<UAI>}, a technician to {@code techniciens-<UAI>} for each lycée served.
 */
public final class Groups {

    /** Process administrators: Cockpit, Admin and every lycée. The name is fixed by Camunda. */
    public static final String ADMINISTRATORS = "camunda-admin";

    public static final String TECHNICIANS = "techniciens";

    public static final String CORRESPONDENTS = "correspondants";

    /** Regional planners, who publish the monthly visit planning and the school calendar. */
    public static final String PLANNERS = "planificateurs";

    private static final String CORRESPONDENTS_PREFIX = CORRESPONDENTS + "-";

    private static final String TECHNICIANS_PREFIX = TECHNICIANS + "-";

    private Groups() {
    }

    public static String correspondentsOf(String uai) {
        return CORRESPONDENTS_PREFIX + uai.toUpperCase(Locale.ROOT);
    }

    public static String techniciansOf(String uai) {
        return TECHNICIANS_PREFIX + uai.toUpperCase(Locale.ROOT);
    }

    /** Returns the UAI of a per-lycée correspondents group, or empty for any other group. */
    public static Optional<String> uaiOfCorrespondentsGroup(String groupId) {
        return suffix(groupId, CORRESPONDENTS_PREFIX);
    }

    /** Returns the UAI of a per-lycée technicians group, or empty for any other group. */
    public static Optional<String> uaiOfTechniciansGroup(String groupId) {
        return suffix(groupId, TECHNICIANS_PREFIX);
    }

    private static Optional<String> suffix(String groupId, String prefix) {
        if (groupId != null && groupId.startsWith(prefix) && groupId.length() == prefix.length() + 8) {
            return Optional.of(groupId.substring(prefix.length()));
        }
        return Optional.empty();
    }
}
