package fr.proxima.support;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the mails that a GreenMail SMTP server received, for the tests of one Spring context
 * (see {@link GreenMailInitializer}).
 */
public final class TestMailbox {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final GreenMail greenMail;

    TestMailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public String smtpHost() {
        return greenMail.getSmtp().getBindTo();
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** Waits up to {@link #DEFAULT_TIMEOUT} until at least {@code count} mails were received, then returns them all. */
    public List<ReceivedMail> awaitMessages(int count) {
        return awaitMessages(count, DEFAULT_TIMEOUT);
    }

    /**
     * Waits until at least {@code count} mails were received, then returns them all in arrival order.
     *
     * @throws AssertionError when fewer arrive within the timeout, listing the subjects received
     */
    public List<ReceivedMail> awaitMessages(int count, Duration timeout) {
        if (!greenMail.waitForIncomingEmail(timeout.toMillis(), count)) {
            List<String> subjects = messages().stream().map(ReceivedMail::subject).toList();
            throw new AssertionError("Expected at least " + count + " mails on the test SMTP server within "
                    + timeout.toMillis() + " ms, received " + subjects.size() + " with the subjects " + subjects);
        }
        return messages();
    }

    /** Returns the mails received so far, in arrival order, without waiting. */
    public List<ReceivedMail> messages() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(TestMailbox::decode).toList();
    }

    /** Deletes every received mail, so that the next test of the same context starts from none. */
    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Deleting the mails received by the test SMTP server failed", e);
        }
    }

    private static ReceivedMail decode(MimeMessage message) {
        try {
            return new ReceivedMail(
                    message.getSubject(),
                    addresses(message.getFrom(), true),
                    addresses(message.getRecipients(Message.RecipientType.TO), false),
                    addresses(message.getRecipients(Message.RecipientType.CC), false),
                    text(message),
                    message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Decoding a mail received by the test SMTP server failed", e);
        }
    }

    private static List<String> addresses(Address[] addresses, boolean withPersonalName) {
        List<String> result = new ArrayList<>();
        if (addresses == null) {
            return result;
        }
        for (Address address : addresses) {
            if (address instanceof InternetAddress internetAddress) {
                result.add(withPersonalName ? internetAddress.toUnicodeString() : internetAddress.getAddress());
            } else {
                result.add(address.toString());
            }
        }
        return result;
    }

    /** Returns the text/plain content, else the text/html content, else an empty string. */
    private static String text(Part part) throws MessagingException, IOException {
        String plain = findText(part, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = findText(part, "text/html");
        return html != null ? html : "";
    }

    private static String findText(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            // For text/* parts, JavaMail decodes the transfer encoding and the declared charset.
            // SMTP carries CRLF line breaks, which tests compare more easily as Java's "\n".
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = findText(multipart.getBodyPart(i), mimeType);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
