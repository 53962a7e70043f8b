-- Personal tokens of the iCalendar feed addresses, one per user (see fr.proxima.planning.FeedTokenService).
-- Only the SHA-256 hash of a token is stored: the token itself is shown once, when it is created.
CREATE TABLE feed_token (
    user_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    created_at  TIMESTAMP    NOT NULL
);
