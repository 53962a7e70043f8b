package fr.proxima.mail;

import java.util.List;

/**
 * A plain-text mail in French.
 *
 * @param key identifies the mail among all mails the application sends, so that it goes out once
 */
public record OutgoingMail(String key, List<String> to, String subject, String body) {

    public OutgoingMail {
        to = List.copyOf(to);
    }
}
