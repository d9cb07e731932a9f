-- Issue 14: the investors the service knows. V10 is left to the policy work in parallel (governmentShareCap).
CREATE TABLE investor_view (
    investor_id                VARCHAR(64) PRIMARY KEY,
    name                       TEXT        NOT NULL,
    source                     VARCHAR(16) NOT NULL,
    kind                       VARCHAR(32) NOT NULL,
    unified_social_credit_code CHAR(18),
    registered_on              DATE        NOT NULL,
    event_position             BIGINT      NOT NULL
);
