package org.ipfund.projections.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.ipfund.domain.figures.DatedFlow;
import org.ipfund.domain.figures.FundPerformance;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.distribution.DistributionsProjection;
import org.ipfund.projections.holding.FundBooks;
import org.ipfund.projections.holding.FundBooks.SubFund;
import org.ipfund.projections.holding.FundPosition;
import org.ipfund.projections.holding.HoldingKind;
import org.ipfund.projections.performance.PerformanceView.DealPerformance;
import org.ipfund.projections.performance.PerformanceView.SubFundPerformance;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.ipfund.projections.progress.ProjectionProgress;
import org.ipfund.projections.progress.ViewsStanding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Computes a fund's returns as of a date with the domain's {@link FundPerformance}, from what {@link FundBooks} reads
 * of the capital, portfolio and distributions views.
 * <p>
 * The family is the fund and its sub-funds as one: what the fund's investors and each sub-fund's other investors paid
 * in and got back, the cash all of them hold, and the fair value of the deals of all of them. The parent's payments
 * into its sub-funds and what they paid back to it stay inside the family and are left out, and so is the parent's
 * stake (the sub-funds' own holdings and cash count instead). A stake the parent sold on (an exit) is still counted
 * whole through the sub-fund, whose books do not record the sale. A sub-fund whose parent's commitment was reversed
 * is no longer the parent's: it is in neither {@code subFunds} nor the family from the correction's date.
 */
@Component
public class PerformanceQueries {

    /** The views the figures are read from: a read of them waits for these, and they are kept while these stand. */
    public static final List<String> VIEWS = List.of(PortfolioProjection.NAME, CapitalPositionProjection.NAME,
            DistributionsProjection.NAME);

    private final FundBooks books;
    private final KeptPerformance kept;

    @Autowired
    public PerformanceQueries(FundBooks books, ProjectionProgress progress) {
        this.books = books;
        String[] views = VIEWS.toArray(String[]::new);
        this.kept = new KeptPerformance(new KeptPerformance.Views() {
            @Override
            public ViewsStanding standing() {
                return progress.standing(views);
            }

            @Override
            public boolean movedSince(ViewsStanding standing) {
                return progress.movedSince(standing);
            }
        });
    }

    /** For views fed their events directly, by hand, with no processor and no token: every read computes. */
    public PerformanceQueries(FundBooks books) {
        this.books = books;
        this.kept = KeptPerformance.never();
    }

    @QueryHandler
    public PerformanceView handle(FindPerformance query) {
        return kept.answer(query, () -> compute(query));
    }

    private PerformanceView compute(FindPerformance query) {
        Optional<Currency> known = books.currencyOf(query.fundId());
        if (known.isEmpty()) {
            return null;
        }
        Currency currency = known.get();
        LocalDate asOf = query.asOf();
        FundPosition position = books.position(query.fundId(), currency, asOf);
        FundPerformance fund = performance(position);
        List<DealPerformance> deals = position.holdings().stream()
                .map(holding -> new DealPerformance(holding.investmentId(), holding.kind(), holding.name(),
                        holding.value().cost(), holding.returned(), holding.value().fairValue(), holding.moic(),
                        holding.irr(asOf), holding.value().closed()))
                .toList();
        List<SubFundPerformance> subFunds = new ArrayList<>();
        Money familyPaidIn = fund.paidIn();
        Money familyDistributed = fund.distributed();
        Money familyCash = fund.cash();
        Money familyFairValue = position.holdings().stream().filter(holding -> holding.kind() != HoldingKind.SUB_FUND)
                .map(holding -> holding.value().fairValue()).reduce(Money.zero(currency), Money::plus);
        List<DatedFlow> familyFlows = new ArrayList<>(books.investorFlows(query.fundId(), asOf, null));
        for (SubFund subFund : books.stakesHeld(query.fundId(), asOf)) {
            FundPosition its = books.position(subFund.fundId(), currency, asOf);
            FundPerformance own = performance(its);
            subFunds.add(new SubFundPerformance(subFund.fundId(), subFund.name(), own.paidIn(), own.distributed(),
                    own.cash(), own.fairValue(), own.nav(), own.dpi(), own.rvpi(), own.tvpi(), own.irr()));
            String parents = subFund.parentCommitmentId();
            familyPaidIn = familyPaidIn.plus(books.paidIn(subFund.fundId(), currency, asOf, parents));
            familyDistributed = familyDistributed.plus(books.distributed(subFund.fundId(), currency, asOf, parents));
            familyCash = familyCash.plus(own.cash());
            familyFairValue = familyFairValue.plus(own.fairValue());
            familyFlows.addAll(books.investorFlows(subFund.fundId(), asOf, parents));
        }
        FundPerformance family = FundPerformance.on(asOf, familyPaidIn, familyDistributed, familyCash,
                familyFairValue, familyFlows);
        return new PerformanceView(query.fundId(), asOf, fund.paidIn(), fund.distributed(), fund.cash(),
                fund.fairValue(), fund.nav(), fund.dpi(), fund.rvpi(), fund.tvpi(), fund.irr(), position.cash(), deals,
                List.copyOf(subFunds), family);
    }

    /** The figures of one fund over all its investors' flows. */
    private FundPerformance performance(FundPosition position) {
        return FundPerformance.on(position.asOf(), position.cash().paidIn(), position.cash().distributed(),
                position.cash().amount(), position.fairValue(),
                books.investorFlows(position.fundId(), position.asOf(), null));
    }
}
