package fr.proxima.disposal;

import java.util.List;

/**
 * A proposal of items whose status forbids it: already proposed in another disposal, or already
 * removed. The API returns 409 Conflict for it, and 400 for invalid input.
 */
public class DisposalConflictException extends DisposalValidationException {

    public DisposalConflictException(List<String> errors) {
        super(errors);
    }
}
