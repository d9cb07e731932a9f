package org.ipfund.domain.figures;

import java.time.LocalDate;
import java.util.List;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Rate;
import org.ipfund.domain.money.Ratio;

/**
 * A fund's returns to its investors on a date. NAV (净值, {@link NetAssetValue}) = fair value of its open holdings +
 * the cash it holds; DPI = distributed ÷ paid-in; RVPI = NAV ÷ paid-in; TVPI = (distributed + NAV) ÷ paid-in, rounded
 * once (so it can differ from DPI + RVPI by a unit of the fourth place); IRR the {@link Irr} of the investors' flows
 * with the NAV as the last. A ratio is null without paid-in, or where its numerator is negative (a NAV below zero: the fund spent
 * more than it holds).
 */
public record FundPerformance(Money paidIn, Money distributed, Money cash, Money fairValue, Money nav, Ratio dpi,
                              Ratio rvpi, Ratio tvpi, Rate irr) {

    /**
     * @param investorFlows the investors' dated flows: each payment in negative, each distribution to them positive
     */
    public static FundPerformance on(LocalDate asOf, Money paidIn, Money distributed, Money cash, Money fairValue,
                                     List<DatedFlow> investorFlows) {
        Money nav = NetAssetValue.of(cash, fairValue).nav();
        return new FundPerformance(paidIn, distributed, cash, fairValue, nav, ratio(distributed, paidIn),
                ratio(nav, paidIn), ratio(distributed.plus(nav), paidIn), Irr.of(investorFlows, asOf, nav));
    }

    private static Ratio ratio(Money numerator, Money denominator) {
        return numerator.amount().signum() < 0 ? null : Ratio.between(numerator, denominator);
    }
}
