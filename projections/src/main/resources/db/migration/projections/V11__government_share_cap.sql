-- Policy government share cap: all government levels together at most this share of a sub-fund's target size.
-- A version adopted before the term existed leaves it null: not set, as its event says.
ALTER TABLE fund_policy_view ADD COLUMN government_share_cap NUMERIC;
