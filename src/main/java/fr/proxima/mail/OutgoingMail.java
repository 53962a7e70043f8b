package fr.proxima.mail;

import java.util.List;

/**
 * A plain-text mail in French, with optional attachments.
 *
 * @param key identifies the mail among all mails the application sends, so that it goes out once
 */
public record OutgoingMail(String key, List<String> to, String subject, String body, List<MailAttachment> attachments) {

    public OutgoingMail {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }

    /** Creates a mail without attachments. */
    public OutgoingMail(String key, List<String> to, String subject, String body) {
        this(key, to, subject, body, List.of());
    }
}
