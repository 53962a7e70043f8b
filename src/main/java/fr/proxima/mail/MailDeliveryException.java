package fr.proxima.mail;

/** A mail that could not be handed to the SMTP server or written to the outbox. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
