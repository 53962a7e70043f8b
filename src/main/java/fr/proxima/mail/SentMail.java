package fr.proxima.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Marker of a mail already sent, by its key. */
@Entity
@Table(name = "sent_mail")
class SentMail {

    @Id
    @Column(name = "mail_key")
    private String key;

    private String subject;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected SentMail() {
    }

    SentMail(String key, String subject, Instant sentAt) {
        this.key = key;
        this.subject = subject;
        this.sentAt = sentAt;
    }
}
