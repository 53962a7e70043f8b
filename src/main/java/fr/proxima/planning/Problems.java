package fr.proxima.planning;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** RFC 9457 problem details with a French title and detail, for the planning's endpoints. */
final class Problems {

    private Problems() {
    }

    static ErrorResponseException of(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return new ErrorResponseException(status, body, null);
    }

    /** Replaces control characters of a caller's text so that it cannot forge log lines, and shortens it. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= 100 ? cleaned : cleaned.substring(0, 100) + "…";
    }
}
