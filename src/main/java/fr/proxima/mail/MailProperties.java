package fr.proxima.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail settings. The SMTP server itself is Spring's {@code spring.mail.*}; without a host, mails are
 * written to {@code outboxDir} as .eml files that any mail reader opens.
 *
 * @param from sender address, with a display name
 * @param outboxDir folder of the .eml files
 */
@ConfigurationProperties("proxima.mail")
public record MailProperties(String from, String outboxDir) {
}
