package org.ipfund.projections.performance;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.ipfund.domain.figures.CashHeld;
import org.ipfund.domain.figures.FundPerformance;
import org.ipfund.domain.figures.IdleCapital;
import org.ipfund.domain.figures.PerformanceEvaluation;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.holding.FundBooks;
import org.ipfund.projections.holding.FundPosition;
import org.ipfund.projections.holding.HoldingKind;
import org.ipfund.projections.leverage.FindLeverage;
import org.ipfund.projections.leverage.LeverageQueries;
import org.ipfund.projections.returninvestment.FindReturnInvestment;
import org.ipfund.projections.returninvestment.ReturnInvestmentQueries;
import org.ipfund.projections.returninvestment.ReturnInvestmentView;
import org.springframework.stereotype.Component;

/**
 * The performance evaluation of a fund for a year, from {@link FundBooks} and the leverage and 返投 queries, with the
 * domain's {@link PerformanceEvaluation}, {@link IdleCapital} and {@link FundPerformance}.
 */
@Component
public class EvaluationQueries {

    private final FundBooks books;
    private final LeverageQueries leverage;
    private final ReturnInvestmentQueries returnInvestment;

    public EvaluationQueries(FundBooks books, LeverageQueries leverage, ReturnInvestmentQueries returnInvestment) {
        this.books = books;
        this.leverage = leverage;
        this.returnInvestment = returnInvestment;
    }

    @QueryHandler
    public EvaluationView handle(FindEvaluation query) {
        Optional<Currency> known = books.currencyOf(query.fundId());
        if (known.isEmpty()) {
            return null;
        }
        Currency currency = known.get();
        LocalDate asOf = query.asOf();
        FundPosition position = books.position(query.fundId(), currency, asOf);
        CashHeld cash = position.cash();
        FundPerformance performance = FundPerformance.on(asOf, cash.paidIn(), cash.distributed(), cash.amount(),
                position.fairValue(), books.investorFlows(query.fundId(), asOf, null));
        Money inTargetRegion = position.holdings().stream()
                .filter(holding -> holding.kind() != HoldingKind.SUB_FUND && holding.inTargetRegion())
                .map(holding -> holding.value().cost()).reduce(Money.zero(currency), Money::plus);
        IdleCapital idle = IdleCapital.on(asOf, currency, books.capitalAtWork(query.fundId(), currency, asOf));
        ReturnInvestmentView judged = returnInvestment.handle(new FindReturnInvestment(query.fundId(), asOf));
        return new EvaluationView(query.fundId(), query.year().getValue(), asOf, asOf.equals(query.year().atMonth(12).atEndOfMonth()),
                new EvaluationView.Deployment(PerformanceEvaluation.deploymentRatio(cash.invested(),
                        cash.paidIntoSubFunds(), cash.paidIn()), cash.invested(), cash.paidIntoSubFunds(),
                        cash.paidIn()),
                new EvaluationView.Idle(idle.amount(), idle.since(), idle.uninvested(), IdleCapital.DAYS),
                leverage.handle(new FindLeverage(query.fundId(), asOf)).family(),
                new EvaluationView.ReturnInvestment(judged.subFunds().stream().allMatch(
                        ReturnInvestmentView.SubFundReturnInvestment::compliant), judged.subFunds()),
                new EvaluationView.TargetRegion(PerformanceEvaluation.targetRegionShare(inTargetRegion,
                        cash.invested()), inTargetRegion, cash.invested()),
                new EvaluationView.ValuePreserved(PerformanceEvaluation.valuePreserved(performance.tvpi()),
                        performance.tvpi(), performance.paidIn(), performance.distributed(), performance.nav()));
    }
}
