-- How many times each view has been emptied to be built again (ViewResets), counted in the transaction that empties
-- it. A view rebuilt from the events ends with the same tokens it had before; what was read from it before the
-- rebuild (a fund's kept performance figures) must not pass for what it holds after, if the rows differed (a hand
-- edit the rebuild repaired). The count tells the two apart.
CREATE TABLE view_resets (
    view_name text PRIMARY KEY,
    resets    bigint NOT NULL CHECK (resets > 0)
);
