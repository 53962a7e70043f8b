package fr.proxima.mail;

/**
 * A file attached to a mail.
 *
 * @param contentType the MIME type with its parameters, such as
 *     {@code text/calendar; charset=UTF-8; method=PUBLISH}
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
