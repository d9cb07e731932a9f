package org.ipfund.app.console.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.ContributionView;
import org.ipfund.projections.capital.FindCapitalCalls;
import org.ipfund.projections.capital.FindCommitments;
import org.ipfund.projections.capital.FindContribution;
import org.ipfund.projections.capital.FundCapitalCalls;
import org.ipfund.projections.capital.FundCommitments;
import org.ipfund.projections.distribution.DistributionsProjection;
import org.ipfund.projections.distribution.DistributionsView;
import org.ipfund.projections.distribution.FindDistributions;
import org.ipfund.projections.holding.HoldingKind;
import org.ipfund.projections.portfolio.FindPortfolio;
import org.ipfund.projections.portfolio.HoldingView;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.ipfund.projections.portfolio.PortfolioView;
import org.springframework.stereotype.Component;

/**
 * The facts of a fund that the read pages show and a correction can name, read from the same views: its
 * commitments, capital calls, deals and stakes in sub-funds, their co-investors, valuations and exits, and its
 * distributions. A contribution is listed by no view of the fund and is found by its id alone.
 */
@Component
class FundFacts {

    private final QueryGateway queries;
    private final ViewReads reads;

    FundFacts(QueryGateway queries, ViewReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    List<RecordedFact> of(String fundId) {
        reads.awaitAll(null, CapitalPositionProjection.NAME, PortfolioProjection.NAME, DistributionsProjection.NAME);
        LocalDate today = reads.asOf(null);
        List<RecordedFact> facts = new ArrayList<>();
        FundCommitments commitments = queries.query(new FindCommitments(fundId, today), FundCommitments.class).join();
        if (commitments != null) {
            commitments.commitments().forEach(c -> facts.add(new RecordedFact(c.commitmentId(), "commitment",
                    c.date(), c.recorded(), c.investor(), c.reversal())));
        }
        FundCapitalCalls calls = queries.query(new FindCapitalCalls(fundId, today), FundCapitalCalls.class).join();
        if (calls != null) {
            calls.calls().forEach(call -> facts.add(new RecordedFact(call.callId(), "call", call.date(),
                    call.amount(), null, call.reversal())));
        }
        PortfolioView portfolio = queries.query(new FindPortfolio(fundId, today), PortfolioView.class).join();
        if (portfolio != null) {
            portfolio.holdings().forEach(holding -> addHolding(holding, facts));
        }
        DistributionsView distributions = queries.query(new FindDistributions(fundId, today), DistributionsView.class)
                .join();
        if (distributions != null) {
            distributions.distributions().forEach(d -> facts.add(new RecordedFact(d.distributionId(),
                    "distribution", d.date(), d.amount(), null, d.reversal())));
        }
        return facts;
    }

    /** The fact with this id, wherever the fund recorded it; empty where the views know none. */
    Optional<RecordedFact> find(String fundId, String factId) {
        Optional<RecordedFact> listed = of(fundId).stream().filter(fact -> fact.id().equals(factId)).findFirst();
        if (listed.isPresent()) {
            return listed;
        }
        ContributionView contribution = queries.query(new FindContribution(fundId, factId), ContributionView.class)
                .join();
        return Optional.ofNullable(contribution).map(c -> new RecordedFact(c.contributionId(), "contribution",
                c.date(), c.amount(), c.commitmentId() + " → " + c.callId(), null));
    }

    private static void addHolding(HoldingView holding, List<RecordedFact> facts) {
        String subject = holding.kind() == HoldingKind.SUB_FUND
                ? (holding.stake() == null ? holding.investmentId() : holding.stake().name())
                : holding.company() == null ? holding.investmentId() : holding.company().name();
        facts.add(new RecordedFact(holding.investmentId(),
                holding.kind() == HoldingKind.SUB_FUND ? "subFund" : "investment", holding.date(),
                holding.kind() == HoldingKind.SUB_FUND ? holding.cost() : holding.recordedCost(), subject,
                holding.reversal()));
        holding.coInvestors().forEach(co -> facts.add(new RecordedFact(co.coInvestmentId(), "coInvestment",
                co.date(), co.amount(), subject + " · " + co.investor(), co.reversal())));
        holding.valuations().forEach(v -> facts.add(new RecordedFact(v.valuationId(), "valuation", v.date(),
                v.fairValue(), subject, v.reversal())));
        holding.exits().forEach(x -> facts.add(new RecordedFact(x.exitId(), "exit", x.date(), x.proceeds(),
                subject, x.reversal())));
    }
}
