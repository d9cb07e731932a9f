package org.ipfund.projections.ledger;

/**
 * The audit ledger's chart of accounts. A fund's books follow its capital from promise to work: a commitment
 * (认缴) is uncalled until a capital call makes it receivable, a contribution (实缴) turns it into cash, and a
 * deal turns cash into an investment at cost. An exit turns a holding back into cash, releasing its cost and
 * realising a gain or a loss; a distribution pays cash back to the investors. Co-investors' money never passes
 * through the fund, and a valuation moves no money, so each is kept in a pair of memo accounts that balance only
 * against each other.
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
    CO_INVESTORS_MEMO,
    /**
     * The cost that exits released from the fund's holdings (退出), credited: deals and stakes in sub-funds alike,
     * which an exit does not tell apart. A contra account to {@link #INVESTMENTS_AT_COST} and
     * {@link #SUB_FUND_COMMITMENTS}, which stay at what was put in.
     */
    COST_OF_HOLDINGS_EXITED,
    /**
     * What exits realised beyond the cost they released: a gain credited, a loss (a write-off among them)
     * debited, so that its credit balance is the fund's net realised gain.
     */
    REALISED_GAINS,
    /** Capital the fund paid back to its investors (分配, return of capital first), by source: equity returned. */
    CAPITAL_RETURNED,
    /** Gain the fund paid to its investors once all their capital had been returned, by source. */
    GAINS_DISTRIBUTED,
    /**
     * Memo: the fair value (公允价值) each standing valuation stated for a holding, in the fund's currency. A
     * valuation moves no money and its posting is derived from its own event alone (the chains prove each line
     * that way), which does not say what the holding was carried at before; so the memo holds what each valuation
     * stated, not the change, and the fair value on a date is the bitemporal state's and the portfolio's to say.
     */
    FAIR_VALUES_STATED,
    /** Memo: the other side of {@link #FAIR_VALUES_STATED}, the valuations that stated them. */
    VALUATIONS_MEMO
}
