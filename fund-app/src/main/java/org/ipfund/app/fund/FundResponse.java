package org.ipfund.app.fund;

import java.time.LocalDate;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.figures.CapitalPosition;
import org.ipfund.domain.figures.RaisedCapital;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.PolicyTerms;
import org.ipfund.projections.capital.FundView;

/**
 * {@code GET /api/funds/{fundId}}: the fund and its capital position, in total and by source. {@code available} is
 * the balance as it stood on {@code asOf}; {@code investable} what a new fact dated {@code asOf} may use, given
 * every fact recorded whatever its date.
 */
public record FundResponse(String fundId, String name, FundType type, String currency, LocalDate launchDate,
                           LocalDate asOf, Money committed, Money called, Money paidIn, Money invested,
                           Money committedToSubFunds, Money uncalled, Money unfunded, Money available,
                           Money investable, Map<CapitalSource, RaisedCapital> bySource, FundView.Parent parent,
                           PolicyTerms policy) {

    static FundResponse of(FundView view) {
        CapitalPosition capital = view.capital();
        return new FundResponse(view.fundId(), view.name(), view.type(), view.currency().getCurrencyCode(),
                view.launchDate(), view.asOf(), capital.committed(), capital.called(), capital.paidIn(),
                capital.invested(), capital.committedToSubFunds(), capital.uncalled(), capital.unfunded(),
                capital.available(), view.investable(), view.bySource(), view.parent(), view.policy());
    }
}
