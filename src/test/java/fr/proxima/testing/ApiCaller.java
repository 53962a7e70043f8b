package fr.proxima.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * The Camunda user that the test's MockMvc requests come from. Every request carries that user's
 * HTTP Basic credentials, so it passes through the application's own authentication filter and
 * {@code CurrentUser}, as a real client's request does. Without a signed-in user, requests are
 * anonymous.
 */
public class ApiCaller implements MockMvcBuilderCustomizer {

    /** Password given to a signed-in user who has none. */
    public static final String PASSWORD = "Test-api-42";

    private final IdentityService identityService;

    /** Users given {@link #PASSWORD} in this context: a second sign-in of theirs may send it. */
    private final Set<String> passwordGiven = ConcurrentHashMap.newKeySet();

    private volatile String authorization;

    public ApiCaller(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * Makes the next requests come from this existing Camunda user, giving them {@link #PASSWORD}
     * if they have no password. In a {@code @Transactional} test, the test transaction rolls the
     * password back with the rest, and MockMvc requests, which run in the test's thread, see it.
     *
     * @throws IllegalArgumentException if the user does not exist
     * @throws IllegalStateException if the user has a password of their own, which this helper cannot send
     */
    public void signIn(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new IllegalArgumentException("No Camunda user " + userId + ": create the user before signing in");
        }
        if (user.getPassword() == null) {
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            passwordGiven.add(userId);
        } else if (!passwordGiven.contains(userId)) {
            throw new IllegalStateException("User " + userId + " has a password of their own, which ApiCaller"
                    + " cannot send: sign in a user created without a password");
        }
        String credentials = userId + ":" + PASSWORD;
        authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** Makes the next requests anonymous. */
    public void signOut() {
        authorization = null;
    }

    /** Adds the signed-in user's credentials to every request of the context's MockMvc. */
    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.defaultRequest(MockMvcRequestBuilders.get("/").with(this::authorize));
    }

    private MockHttpServletRequest authorize(MockHttpServletRequest request) {
        String header = authorization;
        if (header != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            request.addHeader(HttpHeaders.AUTHORIZATION, header);
        }
        return request;
    }
}
