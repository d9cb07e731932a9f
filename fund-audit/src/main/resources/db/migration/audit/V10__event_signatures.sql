-- Provenance: every event the service records is signed, in the transaction that appends it, with a key kept
-- outside the database; a row the service did not write has no valid signature. Events recorded before signing
-- began (positions up to event_signing_start.after_position, itself signed) are accepted unsigned as legacy.

CREATE TABLE event_signature (
    event_id  VARCHAR(255) PRIMARY KEY,
    key_id    VARCHAR(64)  NOT NULL,
    algorithm VARCHAR(32)  NOT NULL,
    signature TEXT         NOT NULL,
    signed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE event_signing_start (
    id             SMALLINT     PRIMARY KEY CHECK (id = 1),
    after_position BIGINT       NOT NULL,
    key_id         VARCHAR(64)  NOT NULL,
    algorithm      VARCHAR(32)  NOT NULL,
    signature      TEXT         NOT NULL,
    began_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
