package fr.proxima.ticket;

import java.util.List;

/**
 * Invalid ticket input, with one French message per problem, each naming its field. It is a plain
 * runtime exception so that Tasklist shows the message as it is, without the engine's prefix.
 */
public class TicketValidationException extends RuntimeException {

    private final List<String> errors;

    public TicketValidationException(List<String> errors) {
        super(String.join(" ", errors));
        this.errors = List.copyOf(errors);
    }

    public TicketValidationException(String error) {
        this(List.of(error));
    }

    public List<String> errors() {
        return errors;
    }
}
