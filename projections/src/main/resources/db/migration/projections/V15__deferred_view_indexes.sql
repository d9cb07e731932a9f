-- The secondary indexes a full rebuild of the views drops while it writes every row, and creates again once it has
-- written them (faster than keeping them up to date row by row). Each is recorded here in the transaction that
-- drops it, so that one left behind by a rebuild that died part-way is created again when the service next starts.
CREATE TABLE deferred_view_index (
    index_name VARCHAR(255) PRIMARY KEY,
    definition TEXT NOT NULL
);
