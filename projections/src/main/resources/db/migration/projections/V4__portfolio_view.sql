-- The portfolio: one row per deal and one per co-investor's participation, keyed by the fact, so a replay
-- rewrites the same rows. A reversal marks the row with the correction; the row itself is never removed.

CREATE TABLE investment_view (
    fund_id          VARCHAR(64)  NOT NULL,
    investment_id    VARCHAR(64)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    company_name     TEXT         NOT NULL,
    sector           TEXT,
    country          TEXT,
    region           TEXT,
    amount           NUMERIC      NOT NULL,
    currency         CHAR(3)      NOT NULL,
    exchange_rate    NUMERIC,
    fund_amount      NUMERIC      NOT NULL,
    fund_currency    CHAR(3)      NOT NULL,
    business_date    DATE         NOT NULL,
    lead_name        TEXT,
    lead_amount      NUMERIC,
    lead_currency    CHAR(3),
    lead_date        DATE,
    in_target_region BOOLEAN      NOT NULL,
    reversed_by      VARCHAR(64),
    reversed_on      DATE,
    reason           TEXT,
    event_position   BIGINT       NOT NULL,
    PRIMARY KEY (fund_id, investment_id)
);
CREATE INDEX investment_view_by_fund_and_date ON investment_view (fund_id, business_date);

CREATE TABLE co_investment_view (
    fund_id          VARCHAR(64)  NOT NULL,
    co_investment_id VARCHAR(64)  NOT NULL,
    investment_id    VARCHAR(64)  NOT NULL,
    investor         TEXT         NOT NULL,
    source           VARCHAR(16)  NOT NULL,
    amount           NUMERIC      NOT NULL,
    currency         CHAR(3)      NOT NULL,
    exchange_rate    NUMERIC,
    fund_amount      NUMERIC      NOT NULL,
    fund_currency    CHAR(3)      NOT NULL,
    business_date    DATE         NOT NULL,
    reversed_by      VARCHAR(64),
    reversed_on      DATE,
    reason           TEXT,
    event_position   BIGINT       NOT NULL,
    PRIMARY KEY (fund_id, co_investment_id)
);
CREATE INDEX co_investment_view_by_deal ON co_investment_view (fund_id, investment_id);
