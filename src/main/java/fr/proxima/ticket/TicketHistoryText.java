package fr.proxima.ticket;

import fr.proxima.security.UserDirectory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The work already recorded on a ticket, as text for task forms and mails. */
@Component
class TicketHistoryText {

    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

    private final TicketService tickets;

    private final UserDirectory users;

    TicketHistoryText(TicketService tickets, UserDirectory users) {
        this.tickets = tickets;
        this.users = users;
    }

    /** Builds one Markdown list item per work record, user text escaped, or a sentence when there is none. */
    String workHistory(String number) {
        StringBuilder text = new StringBuilder();
        for (TicketEvent event : tickets.history(tickets.get(number))) {
            if (event.getType() != TicketEventType.WORK_RECORDED) {
                continue;
            }
            text.append("- ").append(DATE_TIME.format(event.getOccurredAt()))
                    .append(", ").append(escapeMarkdown(users.displayName(event.getAuthor())))
                    .append(" (").append(event.getMinutesSpent()).append(" min) : ")
                    .append(escapeMarkdown(event.getMessage()).replace("\n", " "))
                    .append('\n');
        }
        return text.isEmpty() ? "Aucune intervention enregistrée pour l'instant." : text.toString();
    }

    /** Plain-text list of the work records, for mails. */
    String workRecordsPlain(String number) {
        StringBuilder text = new StringBuilder();
        for (TicketEvent event : tickets.history(tickets.get(number))) {
            if (event.getType() == TicketEventType.WORK_RECORDED) {
                text.append("- le ").append(DATE_TIME.format(event.getOccurredAt()))
                        .append(", par ").append(users.displayName(event.getAuthor()))
                        .append(" (").append(event.getMinutesSpent()).append(" min) :\n  ")
                        .append(event.getMessage().replace("\n", "\n  "))
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** Escapes the characters that Markdown would read as markup, so user text shows as typed. */
    static String escapeMarkdown(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if ("\\`*_{}[]()<>#+-.!|~&\"'".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
