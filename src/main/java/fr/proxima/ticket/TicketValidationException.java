package fr.proxima.ticket;

import java.util.List;

/**
 * Invalid ticket input, with one French message per problem, each naming its field. It is a plain
 * runtime exception so that Tasklist shows the message as it is, without the engine's prefix.
 */
public class TicketValidationException extends RuntimeException {

    static final ThreadLocal<TicketValidationException> LAST_IN_THREAD = new ThreadLocal<>();

    private final List<String> errors;

    public TicketValidationException(List<String> errors) {
        super(String.join(" ", errors));
        this.errors = List.copyOf(errors);
        // The engine wraps an exception thrown by a task listener in its own, with an English prefix:
        // FormErrorResponses reads this one back to write the HTTP response with the French text only.
        LAST_IN_THREAD.set(this);
    }

    public TicketValidationException(String error) {
        this(List.of(error));
    }

    public List<String> errors() {
        return errors;
    }
}
