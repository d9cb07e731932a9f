package org.ipfund.app.admin;

/** One table of a view: the live one's row count and digest against the shadow rebuild's. */
public record TableComparison(String table, Digest live, Digest rebuilt) {

    public boolean equal() {
        return live.equals(rebuilt);
    }

    /** Row count and the MD5 of the table's rows in a fixed order. */
    public record Digest(long rows, String md5) {
    }
}
