-- The double-entry audit ledger: every money movement as balanced lines, each pointing back to the event
-- that caused it (event_id, event_position) and to the recorded fact (fact_id: the commitment, call,
-- contribution, investment, co-investment, sub-fund or correction that event recorded). Rows are keyed by
-- the event and the line within it, so a replayed or redelivered event writes the same rows and never
-- doubles one. The accounts are those of LedgerAccount; a reversal posts the opposite lines of the fact it
-- reverses, dated on the correction's business date.
CREATE TABLE ledger_entry (
    event_id       VARCHAR(255) NOT NULL,
    line           INT          NOT NULL,
    fund_id        VARCHAR(64)  NOT NULL,
    event_position BIGINT       NOT NULL,
    business_date  DATE         NOT NULL,
    account        VARCHAR(48)  NOT NULL,
    source         VARCHAR(16),
    fact_id        VARCHAR(64)  NOT NULL,
    debit          NUMERIC      NOT NULL,
    credit         NUMERIC      NOT NULL,
    currency       CHAR(3)      NOT NULL,
    PRIMARY KEY (event_id, line),
    -- a line is a debit or a credit, never both, never neither, never negative
    CONSTRAINT ledger_entry_one_side CHECK (debit >= 0 AND credit >= 0 AND (debit = 0) <> (credit = 0))
);

-- GET /api/audit/ledger reads one fund's lines between two business dates...
CREATE INDEX ledger_entry_by_fund_and_date ON ledger_entry (fund_id, business_date);
-- ...or every fund's in the order of the event stream (and the hash chain walks it in that order).
CREATE INDEX ledger_entry_by_position ON ledger_entry (event_position, line);
