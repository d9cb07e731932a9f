-- Indexes the read queries need beyond the primary keys and V2-V4:
-- the leverage and 返投 queries list a fund's sub-funds by their parent;
CREATE INDEX fund_view_by_parent ON fund_view (parent_fund_id) WHERE parent_fund_id IS NOT NULL;
-- per-commitment sums (FindCommitments, a parent's commitment and paid-in in its sub-fund) read one
-- commitment's movements.
CREATE INDEX capital_movement_by_commitment ON capital_movement (fund_id, commitment_id, kind);
