package org.ipfund.domain.holding;

import java.time.LocalDate;
import org.ipfund.domain.FundEvent;
import org.ipfund.domain.FundId;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;

/**
 * The fund left {@code share} of what remained of a holding on {@code date}. Everything the exit was judged with is
 * recorded, so that no later policy or rate changes what it meant: {@code fundProceeds} (the proceeds in the fund's
 * currency), {@code costReleased} (share × remaining cost, half-up), {@code realisedGain} (fund proceeds − cost
 * released, negative for a loss), {@code cededPrice} (for a ceded exit, the policy price it was held to) and
 * {@code reinvestable} (whether the policy in force let the proceeds be invested again). {@code closes} says the
 * holding is closed by it.
 */
public record HoldingExited(FundId fundId, InvestmentId investmentId, ExitId exitId, ExitKind kind, Ratio share,
                            Money proceeds, ExchangeRate exchangeRate, Money fundProceeds, Money costReleased,
                            Money realisedGain, Money cededPrice, String buyer, boolean reinvestable, boolean closes,
                            LocalDate date) implements FundEvent {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
