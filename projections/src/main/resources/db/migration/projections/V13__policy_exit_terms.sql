-- Policy exit terms: the price of a ceded exit (让利退出: free years, annual rate, pricing), replaced whole by an
-- amendment, and whether exit proceeds may be invested again. Every version adopted before the terms existed leaves
-- them null: not set, as its event says.
ALTER TABLE fund_policy_view ADD COLUMN ceded_exit_free_years  INT;
ALTER TABLE fund_policy_view ADD COLUMN ceded_exit_annual_rate NUMERIC;
ALTER TABLE fund_policy_view ADD COLUMN ceded_exit_pricing     VARCHAR(16);
ALTER TABLE fund_policy_view ADD COLUMN recycle_proceeds       BOOLEAN;
