package org.ipfund.projections.ledger;

/**
 * The audit ledger's chart of accounts. A fund's books follow its capital from promise to work: a commitment
 * (认缴) is uncalled until a capital call makes it receivable, a contribution (实缴) turns it into cash, and a
 * deal turns cash into an investment at cost. Co-investors' money never passes through the fund, so it is kept
 * in a pair of memo accounts that balance only against each other.
 */
public enum LedgerAccount {

    /** Commitments (认缴) investors made that the fund has not yet called: what it may still ask for. */
    UNCALLED_COMMITMENTS,
    /** The capital investors committed to the fund, by source: the fund's equity, net of reversals. */
    COMMITTED_CAPITAL,
    /** Capital called (缴款通知) and not yet paid in: what investors owe the fund now. */
    CAPITAL_RECEIVABLE,
    /** Money paid in (实缴) and not yet put to work. */
    CASH,
    /** The fund's own deals, direct and follow-on, at what they cost in the fund's currency. */
    INVESTMENTS_AT_COST,
    /** What the fund committed to its sub-funds (子基金): its stake in the "N" of "1+N". */
    SUB_FUND_COMMITMENTS,
    /** What the fund owes its sub-funds under those commitments. */
    SUB_FUND_OBLIGATIONS,
    /** Memo: capital of other investors drawn into the fund's deals (跟投), by source, in the fund's currency. */
    CO_INVESTED_CAPITAL,
    /** Memo: the other side of {@link #CO_INVESTED_CAPITAL}, the co-investors who put that capital in. */
    CO_INVESTORS_MEMO
}
