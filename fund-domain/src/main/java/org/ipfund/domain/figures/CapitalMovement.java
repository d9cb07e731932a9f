package org.ipfund.domain.figures;

import java.time.LocalDate;
import java.util.Objects;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.Money;

/**
 * How one dated fact moves a fund's balance: its {@code cash} (paid in, less invested and committed to sub-funds)
 * and its {@code unfunded} commitments (committed, less paid in). A capital call moves neither: called money
 * still counts as unfunded until it arrives. Exit proceeds and distributions move cash; which cash (what may be
 * invested again, or only returned) is the caller's to say.
 */
public record CapitalMovement(LocalDate date, Money cash, Money unfunded) {

    public CapitalMovement {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(unfunded, "unfunded");
        if (!cash.hasCurrency(unfunded.currency())) {
            throw new CurrencyMismatch(cash.currency(), unfunded.currency());
        }
    }

    public static CapitalMovement committed(LocalDate date, Money amount) {
        return new CapitalMovement(date, zero(amount), amount);
    }

    public static CapitalMovement commitmentReversed(LocalDate date, Money amount) {
        return new CapitalMovement(date, zero(amount), negated(amount));
    }

    public static CapitalMovement paidIn(LocalDate date, Money amount) {
        return new CapitalMovement(date, amount, negated(amount));
    }

    public static CapitalMovement contributionReversed(LocalDate date, Money amount) {
        return new CapitalMovement(date, negated(amount), amount);
    }

    public static CapitalMovement invested(LocalDate date, Money cost) {
        return new CapitalMovement(date, negated(cost), zero(cost));
    }

    public static CapitalMovement investmentReversed(LocalDate date, Money cost) {
        return new CapitalMovement(date, cost, zero(cost));
    }

    public static CapitalMovement committedToSubFund(LocalDate date, Money amount) {
        return new CapitalMovement(date, negated(amount), zero(amount));
    }

    /** Exit proceeds the policy lets the fund invest again, or the returnable cash of those it does not. */
    public static CapitalMovement proceedsReceived(LocalDate date, Money proceeds) {
        return new CapitalMovement(date, proceeds, zero(proceeds));
    }

    public static CapitalMovement proceedsReversed(LocalDate date, Money proceeds) {
        return new CapitalMovement(date, negated(proceeds), zero(proceeds));
    }

    public static CapitalMovement distributed(LocalDate date, Money amount) {
        return new CapitalMovement(date, negated(amount), zero(amount));
    }

    public static CapitalMovement distributionReversed(LocalDate date, Money amount) {
        return new CapitalMovement(date, amount, zero(amount));
    }

    private static Money zero(Money amount) {
        return Money.zero(amount.currency());
    }

    private static Money negated(Money amount) {
        return zero(amount).minus(amount);
    }
}
