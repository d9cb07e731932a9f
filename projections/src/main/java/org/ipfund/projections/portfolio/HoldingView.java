package org.ipfund.projections.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.InvestmentKind;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.ReversalView;

/**
 * One deal as of a date: the company, what the deal was in its own currency ({@code amount}, with the
 * {@code exchangeRate} of its date where foreign) and what it cost the fund ({@code cost}), the lead it followed,
 * and the capital it drew in by source. A reversed deal stays listed, with its reversal and a cost of zero.
 */
public record HoldingView(String investmentId, InvestmentKind kind, Company company, Money amount,
                          BigDecimal exchangeRate, Money recordedCost, Money cost, LocalDate date, LeadView lead,
                          boolean inTargetRegion, ReversalView reversal, List<CoInvestorView> coInvestors,
                          Map<CapitalSource, Money> coInvestmentBySource) {

    /** The lead investor a follow-on went alongside. */
    public record LeadView(String name, Money amount, LocalDate date) {
    }
}
