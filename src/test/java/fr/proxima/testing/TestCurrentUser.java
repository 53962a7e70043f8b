package fr.proxima.testing;

import fr.proxima.security.CurrentUser;
import java.util.Optional;
import org.springframework.context.annotation.Primary;

/**
 * The caller of a test request, set by the test itself. Primary, so that it replaces the
 * application's implementation, which reads the webapp session or HTTP Basic.
 */
@Primary
public class TestCurrentUser implements CurrentUser {

    private volatile String userId;

    /** Makes the next requests come from this Camunda user. */
    public void signIn(String userId) {
        this.userId = userId;
    }

    /** Makes the next requests anonymous. */
    public void signOut() {
        this.userId = null;
    }

    @Override
    public Optional<String> id() {
        return Optional.ofNullable(userId);
    }
}
