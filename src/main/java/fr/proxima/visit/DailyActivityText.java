package fr.proxima.visit;

import fr.proxima.planning.PublishedVisits;
import fr.proxima.planning.Visit;
import fr.proxima.school.School;
import fr.proxima.school.SchoolRepository;
import fr.proxima.security.UserDirectory;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes the French text of an activité du jour from the closed visits of a lycée and day. */
@Component
class DailyActivityText {

    private final SchoolRepository schools;

    private final PublishedVisits visits;

    private final UserDirectory users;

    DailyActivityText(SchoolRepository schools, PublishedVisits visits, UserDirectory users) {
        this.schools = schools;
        this.visits = visits;
        this.users = users;
    }

    String write(String uai, LocalDate date, List<VisitReport> reports) {
        String schoolName = schools.findById(uai).map(School::displayName).orElse(uai);
        StringBuilder text = new StringBuilder();
        text.append("Activité du jour du lycée ").append(schoolName).append('\n');
        for (VisitReport report : reports) {
            text.append('\n');
            Visit visit = visits.find(report.getVisitId()).orElse(null);
            text.append("Passage du ").append(visit == null ? date.toString() : PublishedVisits.describe(visit))
                    .append(", technicien : ").append(users.displayName(report.getTechnicianId())).append('\n');
            if (report.isClosedAutomatically()) {
                text.append("Le passage n'a pas été clos par le technicien : il a été clos automatiquement,"
                        + " avec les temps déjà notés.\n");
            }
            appendPriorities(text, report);
            appendInventory(text, report);
            appendPreventive(text, report);
            if (report.getOtherWork() != null) {
                text.append("- Autres travaux : ").append(report.getOtherWork()).append('\n');
            }
            appendTime(text, report);
        }
        return text.toString();
    }

    private static void appendPriorities(StringBuilder text, VisitReport report) {
        List<String> numbers = report.priorityTicketNumbers();
        String givenBy = PrioritySource.labelOf(report.getPrioritiesGivenBy());
        if (!numbers.isEmpty() || report.getPrioritiesNote() != null) {
            text.append("- Priorités du jour").append(givenBy == null ? "" : " données par " + givenBy).append(" : ")
                    .append(numbers.isEmpty() ? "aucun ticket désigné" : String.join(", ", numbers));
            if (report.getPrioritiesNote() != null) {
                text.append(" (").append(report.getPrioritiesNote()).append(')');
            }
            text.append('\n');
        }
    }

    private static void appendInventory(StringBuilder text, VisitReport report) {
        if (report.getInventoryMinutes() == null && report.getInventoryNote() == null) {
            text.append("- Inventaire : non réalisé lors de ce passage.\n");
            return;
        }
        text.append("- Inventaire du parc");
        if (report.getInventoryItems() != null) {
            text.append(" : ").append(report.getInventoryItems()).append(" équipements inventoriés ou mis à jour");
        }
        if (report.getInventoryNote() != null) {
            text.append(" (").append(report.getInventoryNote()).append(')');
        }
        text.append('\n');
    }

    private static void appendPreventive(StringBuilder text, VisitReport report) {
        if (report.getPreventiveChecks().isEmpty()) {
            text.append("- Maintenance préventive : non réalisée lors de ce passage.\n");
            return;
        }
        text.append("- Maintenance préventive :\n");
        for (PreventiveCheck check : report.getPreventiveChecks()) {
            text.append("  - ").append(check.getItem().label()).append(" : ").append(check.getResult().label());
            if (check.getCheckedCount() != null) {
                text.append(", ").append(check.getCheckedCount()).append(' ').append(check.getItem().countedUnit());
            }
            if (check.getRemark() != null) {
                text.append(" (").append(check.getRemark()).append(')');
            }
            text.append('\n');
        }
        if (report.getPreventiveNote() != null) {
            text.append("  Observations : ").append(report.getPreventiveNote()).append('\n');
        }
    }

    private static void appendTime(StringBuilder text, VisitReport report) {
        text.append("- Temps passé : ").append(VisitDurations.format(report.totalMinutes()))
                .append(" (tickets ").append(hours(report.getTicketMinutes()))
                .append(", demandes du jour ").append(hours(report.getDeclaredMinutes()))
                .append(", inventaire ").append(hours(report.getInventoryMinutes()))
                .append(", maintenance préventive ").append(hours(report.getPreventiveMinutes()))
                .append(", autres travaux ").append(hours(report.getOtherMinutes())).append(")\n");
    }

    private static String hours(Integer minutes) {
        return VisitDurations.format(minutes == null ? 0 : minutes);
    }
}
