package org.ipfund.app.console.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.console.ConsoleFunds;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.FundView;
import org.ipfund.projections.distribution.DistributionsProjection;
import org.ipfund.projections.holding.HoldingKind;
import org.ipfund.projections.investor.FindInvestors;
import org.ipfund.projections.investor.InvestorList;
import org.ipfund.projections.investor.InvestorView;
import org.ipfund.projections.portfolio.FindPortfolio;
import org.ipfund.projections.portfolio.HoldingView;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.ipfund.projections.portfolio.PortfolioView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every form of one fund shows before its fields: the fund as it stands today (its name and type for the
 * fund's tabs, its currency as the money fields' default) and today's date, the date a new fact most often takes
 * effect. Read after the same read-your-writes wait as the fund's read pages, so a fact just recorded is offered.
 */
@Component
class FundOnForm {

    private final QueryGateway queries;
    private final ViewReads reads;
    private final ConsoleFunds funds;

    FundOnForm(QueryGateway queries, ViewReads reads, ConsoleFunds funds) {
        this.queries = queries;
        this.reads = reads;
        this.funds = funds;
    }

    /** The fund and today in the model, or a 404 page for a fund never launched. */
    FundView show(String fundId, Model model) {
        reads.awaitFund(fundId, null, CapitalPositionProjection.NAME);
        LocalDate today = reads.asOf(null);
        FundView fund = funds.one(fundId, today);
        model.addAttribute("fund", fund);
        model.addAttribute("today", today);
        return fund;
    }

    /** The fund's holdings today: its deals, then its stakes in sub-funds, reversed and closed ones included. */
    List<HoldingView> holdings(String fundId) {
        reads.awaitAll(null, PortfolioProjection.NAME, CapitalPositionProjection.NAME, DistributionsProjection.NAME);
        PortfolioView portfolio = queries.query(new FindPortfolio(fundId, reads.asOf(null)), PortfolioView.class)
                .join();
        return portfolio == null ? List.of() : portfolio.holdings();
    }

    /** Holdings that still take facts: not reversed, not closed by an exit. */
    static final Predicate<HoldingView> OPEN = holding -> holding.reversal() == null && !holding.closed();
    /** Open deals: a co-investor joins a deal, never a stake in a sub-fund. */
    static final Predicate<HoldingView> OPEN_DEALS = OPEN.and(holding -> holding.kind() != HoldingKind.SUB_FUND);
    /** Open stakes in the sub-funds the fund created: what a top-up commits more to. */
    static final Predicate<HoldingView> OPEN_SUB_FUNDS = OPEN.and(holding -> holding.kind() == HoldingKind.SUB_FUND);

    /**
     * The holding a form records on, picked by its id in the address ({@code ?investment=}, {@code ?subFund=}), and
     * the {@code offered} holdings to pick from. No id given: the form shows the choice alone. An id the fund does
     * not hold is a 404 page; one it holds but that takes no more facts is shown, and the API judges the form.
     */
    void pick(String fundId, String investmentId, Predicate<HoldingView> offered, Model model) {
        List<HoldingView> holdings = holdings(fundId);
        model.addAttribute("holdings", holdings.stream().filter(offered).toList());
        if (investmentId == null || investmentId.isBlank()) {
            return;
        }
        Optional<HoldingView> picked = holdings.stream()
                .filter(holding -> holding.investmentId().equals(investmentId)).findFirst();
        model.addAttribute("holding", picked.orElseThrow(() -> new UnknownResource("INVESTMENT_NOT_FOUND",
                "the fund holds no investment '%s'".formatted(investmentId))));
    }

    /** Every registered investor, one just registered included. */
    List<InvestorView> investors() {
        reads.awaitAll(null, CapitalPositionProjection.NAME);
        return queries.query(new FindInvestors(), InvestorList.class).join().investors();
    }
}
