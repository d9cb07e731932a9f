-- Tamper evidence: a SHA-256 chain over the events in their settled order and one over the audit ledger's
-- lines. Each link holds the hash of the previous link and the record it covers; a verifier recomputes them
-- from the records, and a signed checkpoint of a chain's head detects a chain rewritten to match.

CREATE TABLE event_chain (
    position  BIGINT       PRIMARY KEY,
    event_id  VARCHAR(255) NOT NULL,
    hash      CHAR(64)     NOT NULL,
    linked_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE ledger_chain (
    event_position BIGINT       NOT NULL,
    line           INT          NOT NULL,
    event_id       VARCHAR(255) NOT NULL,
    hash           CHAR(64)     NOT NULL,
    linked_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (event_position, line)
);
