-- Issue 3: sub-funds, dated policy amendments, corrections, and the capital a fund put to work.

-- A sub-fund names its parent, its target size (认缴规模) and the parent's commitment to it.
ALTER TABLE fund_view ADD COLUMN parent_fund_id       VARCHAR(64);
ALTER TABLE fund_view ADD COLUMN target_size          NUMERIC;
ALTER TABLE fund_view ADD COLUMN parent_commitment_id VARCHAR(64);

-- Policy versions come from the launch (event_sequence 0, one row per version given) and from each later
-- amendment (its own event_sequence): keyed by the event, so a replay rewrites the same rows.
ALTER TABLE fund_policy_view ADD COLUMN event_sequence BIGINT NOT NULL DEFAULT 0;
ALTER TABLE fund_policy_view DROP CONSTRAINT fund_policy_view_pkey;
ALTER TABLE fund_policy_view ADD PRIMARY KEY (fund_id, event_sequence, version);

-- A reversed commitment stays in the view, marked with the correction that reversed it.
ALTER TABLE commitment_view ADD COLUMN reversed_by VARCHAR(64);
ALTER TABLE commitment_view ADD COLUMN reversed_on DATE;
ALTER TABLE commitment_view ADD COLUMN reason      TEXT;

-- A correction's movement is the negative of the one it reverses; reverses names that fact.
ALTER TABLE capital_movement ADD COLUMN reverses VARCHAR(64);

-- What the fund put to work: deals (INVESTED) and commitments to its sub-funds (SUB_FUND). A reversed
-- investment adds a negative INVESTED row on the correction's date, pointing at the investment.
CREATE TABLE capital_deployment (
    event_id       VARCHAR(255) NOT NULL PRIMARY KEY,
    fund_id        VARCHAR(64)  NOT NULL,
    fact_id        VARCHAR(64)  NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    amount         NUMERIC      NOT NULL,
    reverses       VARCHAR(64),
    business_date  DATE         NOT NULL,
    event_position BIGINT       NOT NULL
);
CREATE INDEX capital_deployment_by_fund_and_date ON capital_deployment (fund_id, business_date);
