package fr.proxima.security;

import java.util.Optional;

/**
 * The user behind the current HTTP request to one of our own pages or {@code /api} endpoints:
 * logged in to the Camunda webapps (same session) or authenticated by HTTP Basic.
 */
public interface CurrentUser {

    /** The Camunda user id, or empty when the request is anonymous. */
    Optional<String> id();
}
