package org.ipfund.domain.holding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.Fund;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.DirectInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.CededExitPricing;
import org.ipfund.domain.policy.CededExitTerms;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * A fund's second half of life, in facts: a guidance fund launched on 2019-01-01 whose books are judged on
 * 2024-06-30, long enough for ceded exits after their free years. Shared by the exit, valuation and distribution tests.
 */
public final class LifeFacts {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(LocalTime.NOON).atZone(SHANGHAI).toInstant(), SHANGHAI);
    public static final LocalDate LAUNCH = LocalDate.of(2019, 1, 1);
    public static final FundId FUND = new FundId("xiamen-ip-guidance");
    public static final Company PATENT_CO = new Company("Silk Road Patent Co", "IP services", "CN", "Xiamen");
    /** The national rule: three free years, then the one-year benchmark rate of 4.35%, not lower than the price. */
    public static final CededExitTerms NATIONAL_RULE =
            new CededExitTerms(3, new BigDecimal("0.0435"), CededExitPricing.AT_LEAST);

    private LifeFacts() {
    }

    public static FixtureConfiguration<Fund> fixture() {
        return new AggregateTestFixture<>(Fund.class).registerInjectableResource(CLOCK);
    }

    public static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    public static List<Object> history(Object... facts) {
        List<Object> all = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof Collection<?> several) {
                all.addAll(several);
            } else {
                all.add(fact);
            }
        }
        return all;
    }

    public static FundLaunched launched(PolicyTerms... terms) {
        return new FundLaunched(FUND, "Belt and Road IP Guidance Fund", FundType.GUIDANCE,
                Currency.getInstance("CNY"), LAUNCH, new FundPolicy(List.of(terms)));
    }

    /** Terms from the launch on: ceded exits by {@code ceded} (may be null) and proceeds recycled or not. */
    public static PolicyTerms exitTerms(CededExitTerms ceded, Boolean recycleProceeds) {
        return new PolicyTerms(LAUNCH, null, null, null, null, null, null, null, ceded, recycleProceeds);
    }

    /** A commitment called and paid in full on {@code date}. */
    public static List<Object> paidIn(String commitmentId, String investor, CapitalSource source, Money amount,
                                      LocalDate date) {
        CommitmentId commitment = new CommitmentId(commitmentId);
        CallId call = new CallId("call-" + commitmentId);
        return List.of(new CommitmentRecorded(FUND, commitment, investor, source, amount, date),
                new CapitalCalled(FUND, call, amount, date, null, List.of(new CallAllocation(commitment, source,
                        amount))),
                new ContributionReceived(FUND, new ContributionId("in-" + commitmentId), commitment, call, source,
                        amount, date));
    }

    public static DirectInvestmentRecorded invested(String investmentId, Money cost, LocalDate date) {
        return new DirectInvestmentRecorded(FUND, new InvestmentId(investmentId), PATENT_CO, cost, null, cost, date,
                true);
    }

    public static DirectInvestmentRecorded investedAbroad(String investmentId, Money amount, ExchangeRate rate,
                                                          Money cost, LocalDate date) {
        return new DirectInvestmentRecorded(FUND, new InvestmentId(investmentId), PATENT_CO, amount, rate, cost, date,
                false);
    }

    public static RecordExit exit(String exitId, String investmentId, ExitKind kind, String share, Money proceeds,
                                  String buyer, LocalDate date) {
        return new RecordExit(FUND, new InvestmentId(investmentId), new ExitId(exitId), kind, Ratio.of(share),
                proceeds, null, buyer, date);
    }

    public static HoldingExited sold(String exitId, String investmentId, String share, Money proceeds,
                                     Money costReleased, boolean closes, LocalDate date) {
        return new HoldingExited(FUND, new InvestmentId(investmentId), new ExitId(exitId), ExitKind.SALE,
                Ratio.of(share), proceeds, null, proceeds, costReleased, proceeds.minus(costReleased), null, null,
                false, closes, date);
    }

    public static ValuationRecorded valued(String valuationId, String investmentId, Money fairValue, LocalDate date) {
        return new ValuationRecorded(FUND, new InvestmentId(investmentId), new ValuationId(valuationId), fairValue,
                null, fairValue, date, ValuationMethod.RECENT_TRANSACTION, null);
    }
}
