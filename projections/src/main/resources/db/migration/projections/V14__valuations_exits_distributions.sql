-- Issue 15: the second half of a fund's life. V13 is left to the work in parallel on the same issue.
-- Rows are keyed by the fact, so a replay rewrites the same rows; a reversal marks the row with the correction
-- (reversed_by, reversed_on, reason) and the row itself stays.

-- The portfolio view: each valuation and each exit of a holding (a deal, or a parent's stake in a sub-fund named by
-- the sub-fund's id), in the holding's currency and in the fund's.
CREATE TABLE valuation_view (
    fund_id         VARCHAR(64)  NOT NULL,
    valuation_id    VARCHAR(64)  NOT NULL,
    investment_id   VARCHAR(64)  NOT NULL,
    fair_value      NUMERIC      NOT NULL,
    currency        CHAR(3)      NOT NULL,
    exchange_rate   NUMERIC,
    fund_fair_value NUMERIC      NOT NULL,
    fund_currency   CHAR(3)      NOT NULL,
    business_date   DATE         NOT NULL,
    method          VARCHAR(32)  NOT NULL,
    note            TEXT,
    reversed_by     VARCHAR(64),
    reversed_on     DATE,
    reason          TEXT,
    event_position  BIGINT       NOT NULL,
    PRIMARY KEY (fund_id, valuation_id)
);
CREATE INDEX valuation_view_by_holding ON valuation_view (fund_id, investment_id, business_date);

CREATE TABLE exit_view (
    fund_id         VARCHAR(64)  NOT NULL,
    exit_id         VARCHAR(64)  NOT NULL,
    investment_id   VARCHAR(64)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    share           NUMERIC      NOT NULL,
    proceeds        NUMERIC      NOT NULL,
    currency        CHAR(3)      NOT NULL,
    exchange_rate   NUMERIC,
    fund_proceeds   NUMERIC      NOT NULL,
    fund_currency   CHAR(3)      NOT NULL,
    cost_released   NUMERIC      NOT NULL,
    realised_gain   NUMERIC      NOT NULL,
    ceded_price     NUMERIC,
    buyer           TEXT,
    reinvestable    BOOLEAN      NOT NULL,
    closes          BOOLEAN      NOT NULL,
    business_date   DATE         NOT NULL,
    reversed_by     VARCHAR(64),
    reversed_on     DATE,
    reason          TEXT,
    event_position  BIGINT       NOT NULL,
    PRIMARY KEY (fund_id, exit_id)
);
CREATE INDEX exit_view_by_holding ON exit_view (fund_id, investment_id, business_date);

-- The distributions view: each distribution to the fund's investors and what each commitment received of it.
CREATE TABLE distribution_view (
    fund_id         VARCHAR(64)  NOT NULL,
    distribution_id VARCHAR(64)  NOT NULL,
    amount          NUMERIC      NOT NULL,
    currency        CHAR(3)      NOT NULL,
    from_proceeds   NUMERIC      NOT NULL,
    from_capital    NUMERIC      NOT NULL,
    business_date   DATE         NOT NULL,
    reversed_by     VARCHAR(64),
    reversed_on     DATE,
    reason          TEXT,
    event_position  BIGINT       NOT NULL,
    PRIMARY KEY (fund_id, distribution_id)
);
CREATE INDEX distribution_view_by_fund_and_date ON distribution_view (fund_id, business_date);

CREATE TABLE distribution_allocation_view (
    fund_id           VARCHAR(64)  NOT NULL,
    distribution_id   VARCHAR(64)  NOT NULL,
    line              INT          NOT NULL,
    commitment_id     VARCHAR(64)  NOT NULL,
    investor          TEXT         NOT NULL,
    source            VARCHAR(16)  NOT NULL,
    amount            NUMERIC      NOT NULL,
    return_of_capital NUMERIC      NOT NULL,
    gain              NUMERIC      NOT NULL,
    PRIMARY KEY (fund_id, distribution_id, line)
);
-- what a sub-fund paid its parent: the allocations to the parent's commitment
CREATE INDEX distribution_allocation_by_commitment ON distribution_allocation_view (fund_id, commitment_id);

-- The capital view: a capital call is reversible while nothing was paid against it; its reversal marks the call and
-- adds negative CALLED movements on the correction's date (capital_movement.reverses names the call).
ALTER TABLE capital_call_view ADD COLUMN reversed_by VARCHAR(64);
ALTER TABLE capital_call_view ADD COLUMN reversed_on DATE;
ALTER TABLE capital_call_view ADD COLUMN reason      TEXT;
-- capital_deployment gains two kinds, with the same sign as the others (positive: cash leaves the investable
-- balance): PROCEEDS, exit proceeds the policy let the fund invest again (negative; their reversal positive), and
-- DISTRIBUTED, the part of a distribution paid out of that balance (its reversal negative).
