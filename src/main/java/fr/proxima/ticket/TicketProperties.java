package fr.proxima.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the ticket lifecycle.
 *
 * @param autoCloseWorkingDays working days a requester has to confirm or reopen a resolution before
 *     the ticket closes itself, from 1 to 60: the application does not start with another value
 * @param publicUrl address of the application as users reach it, for links in mails
 */
@ConfigurationProperties("proxima.tickets")
@Validated
public record TicketProperties(
        @DefaultValue("5") @Min(1) @Max(60) int autoCloseWorkingDays,
        @DefaultValue("http://localhost:8080") @NotBlank String publicUrl) {
}
