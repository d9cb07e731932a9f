-- Idempotency-Key: the first answer to a write, kept so that a retry with the same key and body gets it again
-- (and records nothing), and a retry with another body is refused. Keys belong to the user who sent them.
CREATE TABLE idempotency_key (
    owner          VARCHAR(255) NOT NULL,
    key            VARCHAR(255) NOT NULL,
    fingerprint    CHAR(64)     NOT NULL,
    status         INT,
    content_type   VARCHAR(255),
    location       TEXT,
    body           BYTEA,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    completed_at   TIMESTAMPTZ,
    PRIMARY KEY (owner, key)
);
