package fr.proxima.disposal;

import java.util.List;

/**
 * A proposal of items whose status forbids it: already proposed in another disposal, or already
 * removed. The API answers it with 409 Conflict, where invalid input gets 400.
 */
public class DisposalConflictException extends DisposalValidationException {

    public DisposalConflictException(List<String> errors) {
        super(errors);
    }
}
