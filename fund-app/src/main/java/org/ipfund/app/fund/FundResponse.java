package org.ipfund.app.fund;

import java.time.LocalDate;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.capital.CapitalPosition;
import org.ipfund.projections.capital.FundView;
import org.ipfund.projections.capital.RaisedCapital;
import org.ipfund.domain.policy.PolicyTerms;

/** {@code GET /api/funds/{fundId}}: the fund and its capital position, in total and by source. */
public record FundResponse(String fundId, String name, FundType type, String currency, LocalDate launchDate,
                           LocalDate asOf, Money committed, Money called, Money paidIn, Money invested,
                           Money committedToSubFunds, Money uncalled, Money unfunded, Money available,
                           Map<CapitalSource, RaisedCapital> bySource, FundView.Parent parent,
                           PolicyTerms policy) {

    static FundResponse of(FundView view) {
        CapitalPosition capital = view.capital();
        return new FundResponse(view.fundId(), view.name(), view.type(), view.currency().getCurrencyCode(),
                view.launchDate(), view.asOf(), capital.committed(), capital.called(), capital.paidIn(),
                capital.invested(), capital.committedToSubFunds(), capital.uncalled(), capital.unfunded(),
                capital.available(), view.bySource(), view.parent(), view.policy());
    }
}
