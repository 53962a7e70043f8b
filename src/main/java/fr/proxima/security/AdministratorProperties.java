package fr.proxima.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first process administrator, from {@code PROXIMA_ADMIN_ID}, {@code PROXIMA_ADMIN_PASSWORD}
 * and {@code PROXIMA_ADMIN_EMAIL}. Used outside the "default" profile only.
 */
@ConfigurationProperties("proxima.admin")
record AdministratorProperties(String id, String password, String email) {

    /** Returns the e-mail address, or null when it is not set. */
    String emailOrNull() {
        return email == null || email.isBlank() ? null : email.trim();
    }

    boolean isComplete() {
        return id != null && !id.isBlank() && password != null && !password.isBlank();
    }
}
