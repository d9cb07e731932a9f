-- The capital views: one row per fund, per commitment and per capital call, and one row per money
-- movement so that any figure can be summed as of any business date. Rows are keyed by the event
-- (or the fact) that caused them, so a replayed or redelivered event overwrites itself instead of
-- counting twice.

CREATE TABLE fund_view (
    fund_id        VARCHAR(64)  PRIMARY KEY,
    name           TEXT         NOT NULL,
    type           VARCHAR(16)  NOT NULL,
    currency       CHAR(3)      NOT NULL,
    launch_date    DATE         NOT NULL,
    event_position BIGINT       NOT NULL
);

-- One row per dated version of a fund's policy; a null column leaves that rule as it stood before.
CREATE TABLE fund_policy_view (
    fund_id                     VARCHAR(64) NOT NULL,
    version                     INT         NOT NULL,
    effective_from              DATE        NOT NULL,
    share_cap                   NUMERIC,
    share_cap_amount            NUMERIC,
    return_investment_multiple  NUMERIC,
    follow_on_max_share_of_lead NUMERIC,
    follow_on_window_days       INT,
    invest_uncalled_commitments BOOLEAN,
    PRIMARY KEY (fund_id, version)
);

CREATE TABLE commitment_view (
    fund_id        VARCHAR(64)  NOT NULL,
    commitment_id  VARCHAR(64)  NOT NULL,
    investor       TEXT         NOT NULL,
    source         VARCHAR(16)  NOT NULL,
    amount         NUMERIC      NOT NULL,
    business_date  DATE         NOT NULL,
    event_position BIGINT       NOT NULL,
    PRIMARY KEY (fund_id, commitment_id)
);

CREATE TABLE capital_call_view (
    fund_id        VARCHAR(64)  NOT NULL,
    call_id        VARCHAR(64)  NOT NULL,
    amount         NUMERIC      NOT NULL,
    business_date  DATE         NOT NULL,
    due_date       DATE,
    event_position BIGINT       NOT NULL,
    PRIMARY KEY (fund_id, call_id)
);

-- kind: COMMITTED, CALLED (one line per commitment the call asked), PAID_IN.
-- fact_id is the commitment, call or contribution the movement records.
CREATE TABLE capital_movement (
    event_id       VARCHAR(255) NOT NULL,
    line           INT          NOT NULL,
    fund_id        VARCHAR(64)  NOT NULL,
    fact_id        VARCHAR(64)  NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    source         VARCHAR(16)  NOT NULL,
    commitment_id  VARCHAR(64)  NOT NULL,
    call_id        VARCHAR(64),
    amount         NUMERIC      NOT NULL,
    business_date  DATE         NOT NULL,
    event_position BIGINT       NOT NULL,
    PRIMARY KEY (event_id, line)
);

-- Every capital query reads one fund's movements up to a date.
CREATE INDEX capital_movement_by_fund_and_date ON capital_movement (fund_id, business_date);
-- Looking up one contribution (the Location of a recorded contribution).
CREATE INDEX capital_movement_by_fact ON capital_movement (fund_id, fact_id);
