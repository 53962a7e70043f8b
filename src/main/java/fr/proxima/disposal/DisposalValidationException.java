package fr.proxima.disposal;

import fr.proxima.ticket.TicketValidationException;
import java.util.List;

/**
 * An invalid or impossible disposal step, with one French message per problem, each naming its
 * field or its item. It extends the ticket's exception so that the form error handling of the
 * engine's REST API and of Tasklist returns these messages alone, without the engine's prefix.
 */
public class DisposalValidationException extends TicketValidationException {

    public DisposalValidationException(List<String> errors) {
        super(errors);
    }

    public DisposalValidationException(String error) {
        super(error);
    }
}
