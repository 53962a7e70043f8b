package fr.proxima.support;

import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A mail as the test SMTP server received it, with its text decoded.
 *
 * @param subject the decoded subject
 * @param from the sender addresses, as {@code InternetAddress.toUnicodeString()} prints them
 * @param to the "To" recipients, addresses only
 * @param cc the "Cc" recipients, addresses only
 * @param body the text/plain part, or the text/html part when there is no plain text, decoded
 *     with its declared charset and with "\n" line breaks
 * @param message the raw message, for headers and attachments
 */
public record ReceivedMail(
        String subject, List<String> from, List<String> to, List<String> cc, String body, MimeMessage message) {
}
