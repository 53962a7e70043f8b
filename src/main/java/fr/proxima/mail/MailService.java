package fr.proxima.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the application's mails through Jakarta Mail: to the SMTP server of {@code spring.mail.host},
 * or, without one, as .eml files in the outbox folder. Each mail is sent at most once per key. A
 * mail with attachments is a multipart message: the text, then the attachments.
 */
@Service
public class MailService {

    private static final Logger LOG = LoggerFactory.getLogger(MailService.class);

    private static final DateTimeFormatter FILE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final ObjectProvider<JavaMailSender> smtp;

    private final MailProperties properties;

    private final SentMailRepository sentMails;

    private final TransactionTemplate newTransaction;

    MailService(ObjectProvider<JavaMailSender> smtp, MailProperties properties, SentMailRepository sentMails,
            PlatformTransactionManager transactionManager) {
        this.smtp = smtp;
        this.properties = properties;
        this.sentMails = sentMails;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Sends the mail unless a mail with the same key was already sent. The marker is committed in its
     * own transaction right after sending, so that a job retried after a later failure does not send
     * it again.
     *
     * @return true when the mail was sent now, false when it had been sent before
     * @throws MailDeliveryException when the server or the outbox folder fails; nothing is marked
     */
    public boolean sendOnce(OutgoingMail mail) {
        if (sentMails.existsById(mail.key())) {
            LOG.info("Mail {} already sent, not sent again", mail.key());
            return false;
        }
        send(mail);
        newTransaction.executeWithoutResult(status ->
                sentMails.save(new SentMail(mail.key(), abbreviate(mail.subject()), Instant.now())));
        return true;
    }

    private void send(OutgoingMail mail) {
        JavaMailSender sender = smtp.getIfAvailable();
        try {
            if (sender != null) {
                MimeMessage message = sender.createMimeMessage();
                fill(message, mail);
                sender.send(message);
                LOG.info("Mail {} sent by SMTP to {} recipient(s)", mail.key(), mail.to().size());
            } else {
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
                fill(message, mail);
                Path file = writeToOutbox(message, mail.key());
                LOG.info("Mail {} written to {} (no SMTP host configured)", mail.key(), file);
            }
        } catch (MessagingException | MailException | IOException e) {
            throw new MailDeliveryException("Mail " + mail.key() + " could not be sent: " + e.getMessage(), e);
        }
    }

    private void fill(MimeMessage message, OutgoingMail mail) throws MessagingException {
        boolean multipart = !mail.attachments().isEmpty();
        MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.to().toArray(String[]::new));
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (MailAttachment attachment : mail.attachments()) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                    attachment.contentType());
        }
        helper.setSentDate(new java.util.Date());
        message.saveChanges();
    }

    private Path writeToOutbox(MimeMessage message, String key) throws IOException, MessagingException {
        Path folder = Path.of(properties.outboxDir());
        Files.createDirectories(folder);
        String safeKey = key.replaceAll("[^A-Za-z0-9._-]", "_");
        Path file = folder.resolve(FILE_STAMP.format(Instant.now()) + "_" + safeKey + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        return file;
    }

    private static String abbreviate(String subject) {
        return subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
    }
}
