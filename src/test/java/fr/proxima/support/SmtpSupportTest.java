package fr.proxima.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The GreenMail wiring on its own: Spring's mail auto-configuration only, no application context. */
@SpringJUnitConfig(initializers = GreenMailInitializer.class)
class SmtpSupportTest {

    private static final String SUBJECT = "Ticket n° 42 : intervention planifiée à l'établissement — « Lycée Hélène-Boucher »";

    private static final String BODY = "Bonjour,\n\nLe technicien passera jeudi à 8 h 30. "
            + "Élèves et personnels : merci de libérer la salle B12 (vidéoprojecteur, filtre à dépoussiérer).";

    @Configuration
    @ImportAutoConfiguration(MailSenderAutoConfiguration.class)
    static class MailConfiguration {
    }

    @Autowired
    private JavaMailSender mailSender;

    @Autowired
    private TestMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        mailbox.purge();
    }

    @Test
    void frenchMailReadBackDecoded() throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom("ne-pas-repondre@proxima.example", "Proxima - maintenance des lycées");
        helper.setTo(new String[] {"correspondant@lycee-helene-boucher.example", "proviseur@lycee-helene-boucher.example"});
        helper.setCc("technicien@proxima.example");
        helper.setSubject(SUBJECT);
        helper.setText(BODY);
        mailSender.send(message);

        // GreenMail stores one copy per recipient, "To" and "Cc" alike.
        List<ReceivedMail> received = mailbox.awaitMessages(3);

        assertEquals(3, received.size());
        ReceivedMail mail = received.get(0);
        assertEquals(SUBJECT, mail.subject());
        assertEquals(BODY, mail.body());
        // The hyphen makes the display name a quoted string (RFC 5322).
        assertEquals(List.of("\"Proxima - maintenance des lycées\" <ne-pas-repondre@proxima.example>"), mail.from());
        assertEquals(List.of("correspondant@lycee-helene-boucher.example", "proviseur@lycee-helene-boucher.example"), mail.to());
        assertEquals(List.of("technicien@proxima.example"), mail.cc());
    }

    @Test
    void htmlOnlyMailReadAsHtml() throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("ne-pas-repondre@proxima.example");
        helper.setTo("correspondant@lycee.example");
        helper.setSubject("Activité du jour");
        helper.setText("<p>Activité du jour : filtres dépoussiérés</p>", true);
        mailSender.send(message);

        ReceivedMail mail = mailbox.awaitMessages(1).get(0);

        assertEquals("<p>Activité du jour : filtres dépoussiérés</p>", mail.body());
    }

    @Test
    void awaitMessagesFailsWhenTooFewArrive() {
        AssertionError error = assertThrows(AssertionError.class, () -> mailbox.awaitMessages(1, Duration.ofMillis(300)));

        assertTrue(error.getMessage().contains("received 0"), error.getMessage());
    }

    @Test
    void mailSenderPointsAtGreenMail() {
        JavaMailSenderImpl sender = (JavaMailSenderImpl) mailSender;

        assertEquals("127.0.0.1", sender.getHost());
        assertEquals(mailbox.smtpHost(), sender.getHost());
        assertEquals(mailbox.smtpPort(), sender.getPort());
    }
}
