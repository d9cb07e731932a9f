-- The service instances working on this database, each seen by its last heartbeat (database time, so that
-- the nodes' clocks do not matter). A view's segments are shared out among the instances seen lately.
CREATE TABLE processing_node (
    node_id   VARCHAR(255) PRIMARY KEY,
    last_seen TIMESTAMPTZ  NOT NULL
);
