-- One row per mail already sent, so that a retried job never sends the same mail twice.
CREATE TABLE sent_mail (
    mail_key   VARCHAR(200) NOT NULL PRIMARY KEY,
    subject    VARCHAR(300) NOT NULL,
    sent_at    TIMESTAMP    NOT NULL
);
