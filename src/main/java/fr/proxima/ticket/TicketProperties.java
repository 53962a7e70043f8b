package fr.proxima.ticket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ticket lifecycle.
 *
 * @param autoCloseWorkingDays working days a requester has to confirm or reopen a resolution before
 *     the ticket closes itself
 * @param publicUrl address of the application as users reach it, for links in mails
 */
@ConfigurationProperties("proxima.tickets")
public record TicketProperties(
        @DefaultValue("5") int autoCloseWorkingDays,
        @DefaultValue("http://localhost:8080") String publicUrl) {
}
