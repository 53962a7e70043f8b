package fr.proxima.planning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal tokens for the iCalendar feeds, for calendar apps that cannot send HTTP Basic
 * credentials. A token is 32 random bytes from {@link SecureRandom}, written in URL-safe Base64.
 * Only its SHA-256 hash is stored, which is enough for a random token of that length: a slow
 * password hash protects guessable secrets, which this is not. A token opens the feeds only,
 * and the feeds check the user's groups on every request.
 */
@Service
@Transactional
public class FeedTokenService {

    /** Random bytes of a token: 256 bits. */
    static final int TOKEN_BYTES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(FeedTokenService.class);

    private final SecureRandom random = new SecureRandom();

    private final FeedTokenRepository tokens;

    FeedTokenService(FeedTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** Creates the user's token, replacing the former one, which stops working. Returns the new token. */
    public String rotate(String userId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = PlanningService.now();
        tokens.findById(userId).ifPresentOrElse(
                existing -> existing.replace(hash(token), now),
                () -> tokens.save(new FeedToken(userId, hash(token), now)));
        LOG.info("Feed token of user {} created or replaced", userId);
        return token;
    }

    /** Deletes the user's token; returns false when they had none. */
    public boolean revoke(String userId) {
        if (!tokens.existsById(userId)) {
            return false;
        }
        tokens.deleteById(userId);
        LOG.info("Feed token of user {} revoked", userId);
        return true;
    }

    /** Returns the user whose token this is, or empty for an unknown token. */
    @Transactional(readOnly = true)
    public Optional<String> userOf(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token.strip())).map(FeedToken::getUserId);
    }

    /** When the user's token was created, or empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<Instant> createdAt(String userId) {
        return tokens.findById(userId).map(FeedToken::getCreatedAt);
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
