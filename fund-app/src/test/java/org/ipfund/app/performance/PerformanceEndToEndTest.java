package org.ipfund.app.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.app.testing.Eventually;
import org.ipfund.projections.performance.FindPerformance;
import org.ipfund.projections.performance.PerformanceView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second half of a fund's life read over HTTP on PostgreSQL: what holdings are worth, what was distributed, and
 * what the fund, its deals, its sub-fund and its family returned (NAV, DPI, RVPI, TVPI, IRR), as of dates before and
 * after a valuation, an exit and a reversal, and the yearly evaluation. Every figure expected is worked out by hand in
 * the comments; each IRR is (1 + multiple)^(365 ÷ days) − 1 where two dated flows remain, or was solved independently
 * (bisection of Σ flow × (1 + r)^(−days ÷ 365) = 0 in Python) where there are more.
 */
class PerformanceEndToEndTest extends EndToEndTest {

    @Autowired
    private QueryGateway queries;

    private final String fund = newFundId();
    private final String subFund = newFundId();

    // ---- one deal, from paid-in to paid back ----

    @Test
    void aFundThatPaidEverythingBackEarnedTheRateOfItsTwoFlows() {
        oneDealHistory();

        Api.Response performance = performance(fund, "2021-01-01");
        // 10,000,000 paid in on 2019-01-01; the deal sold in two halves for 6,000,000 each; 12,000,000 paid back
        // on 2021-01-01: nothing held, nothing in cash
        assertThat(performance.amount("paidIn")).isEqualTo("10000000.00");
        assertThat(performance.amount("distributed")).isEqualTo("12000000.00");
        assertThat(performance.amount("cash")).isEqualTo("0.00");
        assertThat(performance.amount("fairValue")).isEqualTo("0.00");
        assertThat(performance.amount("nav")).isEqualTo("0.00");
        assertThat(text(performance, "dpi")).isEqualTo("1.2000");
        assertThat(text(performance, "rvpi")).isEqualTo("0.0000");
        assertThat(text(performance, "tvpi")).isEqualTo("1.2000");
        // 1.2^(365/731) − 1 = 0.095308…
        assertThat(text(performance, "irr")).isEqualTo("0.0953");
        JsonNode deal = performance.json().path("deals").get(0);
        assertThat(deal.path("investmentId").asText()).isEqualTo("d1");
        assertThat(deal.path("closed").asBoolean()).isTrue();
        assertThat(deal.path("proceeds").path("amount").asText()).isEqualTo("12000000.00");
        assertThat(deal.path("moic").asText()).isEqualTo("1.2000");
        // −10,000,000 on 2019-02-01, +6,000,000 on 2020-06-30 and on 2020-12-31: r = 0.116125… (bisection)
        assertThat(deal.path("irr").asText()).isEqualTo("0.1161");
        assertThat(performance.json().path("subFunds")).isEmpty();
        assertThat(performance.json().path("family").path("tvpi").asText()).isEqualTo("1.2000");
        assertThat(performance.json().path("family").path("irr").asText()).isEqualTo("0.0953");
    }

    @Test
    void aReversedContributionIsPaidInUntilItsCorrectionAndNotFromIt() {
        recorded(api().post("/api/funds", launch(fund, "2019-01-01")));
        recorded(api().post(path(fund, "/commitments"), commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "10000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/capital-calls"), call("k1", "10000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/contributions"), contribution("p1", "city", "k1", "4000000.00",
                "2019-01-01")));
        recorded(api().post(path(fund, "/contributions"), contribution("p2", "city", "k1", "6000000.00",
                "2019-01-01")));
        recorded(api().post(path(fund, "/corrections"), correction("fix-p2", "p2", "2019-06-01")));

        Api.Response before = performance(fund, "2019-05-31");
        assertThat(before.amount("paidIn")).isEqualTo("10000000.00");
        assertThat(before.amount("cash")).isEqualTo("10000000.00");
        Api.Response after = performance(fund, "2019-06-01");
        // the 6,000,000 of p2 no longer stands: 4,000,000 paid in, held as cash
        assertThat(after.amount("paidIn")).isEqualTo("4000000.00");
        assertThat(after.amount("cash")).isEqualTo("4000000.00");
        assertThat(text(after, "tvpi")).isEqualTo("1.0000");
    }

    @Test
    void beforeAnyValuationTheDealIsCarriedAtCostAndEarnedNothing() {
        oneDealHistory();

        Api.Response performance = performance(fund, "2019-12-30");
        assertThat(performance.amount("fairValue")).isEqualTo("10000000.00");
        assertThat(performance.amount("cash")).isEqualTo("0.00");
        assertThat(performance.amount("nav")).isEqualTo("10000000.00");
        assertThat(text(performance, "dpi")).isEqualTo("0.0000");
        assertThat(text(performance, "tvpi")).isEqualTo("1.0000");
        assertThat(text(performance, "irr")).isEqualTo("0.0000");
        JsonNode holding = portfolio(fund, "2019-12-30").json().path("holdings").get(0);
        assertThat(holding.path("fairValue").path("amount").asText()).isEqualTo("10000000.00");
        assertThat(holding.path("valuationDate").isNull()).isTrue();
        assertThat(holding.path("moic").asText()).isEqualTo("1.0000");

        // valued at 11,000,000 on 2019-12-31, 364 days after the money came in: 1.1^(365/364) − 1 = 0.100288…
        Api.Response valued = performance(fund, "2019-12-31");
        assertThat(valued.amount("nav")).isEqualTo("11000000.00");
        assertThat(text(valued, "rvpi")).isEqualTo("1.1000");
        assertThat(text(valued, "irr")).isEqualTo("0.1003");
    }

    @Test
    void aReversedValuationCountsUntilItsCorrectionAndNotFromIt() {
        oneDealHistory();

        // 20,000,000 on 2020-03-31, reversed on 2020-04-15: 2^(365/465) − 1 = 0.723028… on 2020-04-10
        Api.Response whileItStood = performance(fund, "2020-04-10");
        assertThat(whileItStood.amount("fairValue")).isEqualTo("20000000.00");
        assertThat(text(whileItStood, "irr")).isEqualTo("0.7230");
        JsonNode holding = portfolio(fund, "2020-04-10").json().path("holdings").get(0);
        assertThat(holding.path("valuationDate").asText()).isEqualTo("2020-03-31");

        // from the correction back to the valuation of 2019-12-31: 1.1^(365/470) − 1 = 0.076825…
        Api.Response reversed = performance(fund, "2020-04-15");
        assertThat(reversed.amount("fairValue")).isEqualTo("11000000.00");
        assertThat(text(reversed, "irr")).isEqualTo("0.0768");
        assertThat(portfolio(fund, "2020-04-15").json().path("holdings").get(0).path("valuationDate").asText())
                .isEqualTo("2019-12-31");
    }

    @Test
    void aPartialExitScalesTheValuationAndTurnsTheRestIntoCash() {
        oneDealHistory();

        Api.Response before = portfolio(fund, "2020-06-29");
        assertThat(before.json().path("holdings").get(0).path("proceeds").path("amount").asText())
                .isEqualTo("0.00");

        JsonNode holding = portfolio(fund, "2020-06-30").json().path("holdings").get(0);
        // half sold for 6,000,000: cost released 5,000,000, realised 1,000,000; 11,000,000 × 0.5 still held
        assertThat(holding.path("fairValue").path("amount").asText()).isEqualTo("5500000.00");
        assertThat(holding.path("valuationDate").asText()).isEqualTo("2019-12-31");
        assertThat(holding.path("proceeds").path("amount").asText()).isEqualTo("6000000.00");
        assertThat(holding.path("costReleased").path("amount").asText()).isEqualTo("5000000.00");
        assertThat(holding.path("realisedGain").path("amount").asText()).isEqualTo("1000000.00");
        // 5,500,000 on the 5,000,000 of cost that remains
        assertThat(holding.path("unrealisedGain").path("amount").asText()).isEqualTo("500000.00");
        // (6,000,000 + 5,500,000) ÷ 10,000,000
        assertThat(holding.path("moic").asText()).isEqualTo("1.1500");
        assertThat(holding.path("closed").asBoolean()).isFalse();
        assertThat(holding.path("cost").path("amount").asText()).isEqualTo("10000000.00");

        Api.Response performance = performance(fund, "2020-06-30");
        // NAV: 5,500,000 held + 6,000,000 of proceeds in cash; 1.15^(365/546) − 1 = 0.097934…
        assertThat(performance.amount("cash")).isEqualTo("6000000.00");
        assertThat(performance.amount("nav")).isEqualTo("11500000.00");
        assertThat(text(performance, "tvpi")).isEqualTo("1.1500");
        assertThat(text(performance, "irr")).isEqualTo("0.0979");
        JsonNode cashHeld = performance.json().path("cashHeld");
        assertThat(cashHeld.path("proceeds").path("amount").asText()).isEqualTo("6000000.00");
        assertThat(cashHeld.path("invested").path("amount").asText()).isEqualTo("10000000.00");
        // the deal's own flows: −10,000,000 on 2019-02-01, 11,500,000 back or held 515 days later:
        // 1.15^(365/515) − 1 = 0.104126…
        assertThat(performance.json().path("deals").get(0).path("irr").asText()).isEqualTo("0.1041");

        JsonNode closed = portfolio(fund, "2021-01-01").json().path("holdings").get(0);
        assertThat(closed.path("closed").asBoolean()).isTrue();
        assertThat(closed.path("fairValue").path("amount").asText()).isEqualTo("0.00");
        assertThat(closed.path("realisedGain").path("amount").asText()).isEqualTo("2000000.00");
        assertThat(closed.path("moic").asText()).isEqualTo("1.2000");
    }

    @Test
    void aDistributionShowsWhatEachInvestorReceivedCapitalFirst() {
        oneDealHistory();

        assertThat(distributions(fund, "2020-12-31").json().path("distributions")).isEmpty();
        Api.Response paid = distributions(fund, "2021-01-01");
        JsonNode distribution = paid.json().path("distributions").get(0);
        assertThat(distribution.path("distributionId").asText()).isEqualTo("back");
        assertThat(distribution.path("amount").path("amount").asText()).isEqualTo("12000000.00");
        assertThat(distribution.path("fromProceeds").path("amount").asText()).isEqualTo("12000000.00");
        assertThat(distribution.path("reversal").isNull()).isTrue();
        JsonNode allocation = distribution.path("allocations").get(0);
        assertThat(allocation.path("commitmentId").asText()).isEqualTo("city");
        // the 10,000,000 paid in comes back first, the 2,000,000 above it is gain
        assertThat(allocation.path("returnOfCapital").path("amount").asText()).isEqualTo("10000000.00");
        assertThat(allocation.path("gain").path("amount").asText()).isEqualTo("2000000.00");
        assertThat(paid.amount("total.amount")).isEqualTo("12000000.00");
        assertThat(paid.amount("byInvestor.Xiamen Finance Bureau.amount")).isEqualTo("12000000.00");
        assertThat(paid.amount("bySource.LOCAL_FISCAL.amount")).isEqualTo("12000000.00");
        assertThat(paid.json().path("bySource").path("LOCAL_FISCAL").path("gain").path("amount").asText())
                .isEqualTo("2000000.00");
        assertThat(paid.amount("bySource.SOCIAL.amount")).isEqualTo("0.00");

        Api.Response one = read(path(fund, "/distributions/back"));
        assertThat(one.json()).isEqualTo(distribution);
        Api.Response unknown = api().get(path(fund, "/distributions/no-such-distribution"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.json().path("code").asText()).isEqualTo("DISTRIBUTION_NOT_FOUND");
    }

    @Test
    void theEvaluationOfAYearIsAsOfItsLastDayAndOfTheCurrentYearAsOfToday() {
        oneDealHistory();

        Api.Response year2020 = evaluation(fund, "year=2020");
        JsonNode view = year2020.json();
        assertThat(view.path("year").asInt()).isEqualTo(2020);
        assertThat(view.path("asOf").asText()).isEqualTo("2020-12-31");
        assertThat(view.path("yearEnded").asBoolean()).isTrue();
        assertThat(view.path("deploymentRatio").path("ratio").asText()).isEqualTo("1.0000");
        assertThat(view.path("idleCapital").path("amount").path("amount").asText()).isEqualTo("0.00");
        assertThat(view.path("idleCapital").path("since").isNull()).isTrue();
        assertThat(view.path("targetRegionShare").path("ratio").asText()).isEqualTo("1.0000");
        // all sold by 2020-12-31 for 12,000,000, held in cash: TVPI 1.2
        assertThat(view.path("valuePreserved").path("preserved").asBoolean()).isTrue();
        assertThat(view.path("valuePreserved").path("tvpi").asText()).isEqualTo("1.2000");
        // the deal's 10,000,000 ÷ the 10,000,000 of fiscal money paid in
        assertThat(view.path("familyLeverage").path("ratio").asText()).isEqualTo("1.0000");
        assertThat(view.path("returnInvestment").path("compliant").asBoolean()).isTrue();
        assertThat(view.path("returnInvestment").path("subFunds")).isEmpty();

        Api.Response thisYear = evaluation(fund, "");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(thisYear.json().path("year").asInt()).isEqualTo(today.getYear());
        assertThat(thisYear.json().path("asOf").asText()).isEqualTo(today.toString());
    }

    // ---- a parent, its sub-fund, and the family ----

    @Test
    void aStakeInASubFundIsValuedAtItsShareOfTheSubFundsNavAndTheFamilyCountsInnerFlowsOnce() {
        familyHistory();

        JsonNode portfolio = portfolio(fund, "2020-12-31").json();
        assertThat(portfolio.path("holdings").findValuesAsText("investmentId")).containsExactly("d1", subFund);
        assertThat(portfolio.path("invested").path("amount").asText()).isEqualTo("6000000.00");
        assertThat(portfolio.path("committedToSubFunds").path("amount").asText()).isEqualTo("5000000.00");
        JsonNode stake = portfolio.path("holdings").get(1);
        assertThat(stake.path("kind").asText()).isEqualTo("SUB_FUND");
        assertThat(stake.path("cost").path("amount").asText()).isEqualTo("5000000.00");
        // the sub-fund: 10,000,000 paid in, 8,000,000 invested, 2,000,000 paid back: no cash; its deal valued at
        // 12,000,000 (the 20,000,000 of 2020-12-01 was reversed on 2020-12-15). The parent paid 2,500,000 of the
        // 10,000,000: a quarter of the NAV, 3,000,000
        assertThat(stake.path("stake").path("share").asText()).isEqualTo("0.2500");
        assertThat(stake.path("stake").path("subFundNav").path("amount").asText()).isEqualTo("12000000.00");
        assertThat(stake.path("stake").path("received").path("amount").asText()).isEqualTo("500000.00");
        assertThat(stake.path("fairValue").path("amount").asText()).isEqualTo("3000000.00");
        // (500,000 + 3,000,000) ÷ 5,000,000
        assertThat(stake.path("moic").asText()).isEqualTo("0.7000");
        assertThat(portfolio(fund, "2020-12-14").json().path("holdings").get(1).path("fairValue").path("amount")
                .asText()).as("a quarter of 20,000,000 while the reversed valuation stood").isEqualTo("5000000.00");

        Api.Response performance = performance(fund, "2020-12-31");
        // cash: 20,000,000 paid in − 6,000,000 invested − 2,500,000 into the sub-fund + 500,000 back from it
        //       + 4,000,000 of proceeds − 3,000,000 distributed = 13,000,000
        assertThat(performance.amount("cash")).isEqualTo("13000000.00");
        // 9,000,000 × 0.6 for the deal + 3,000,000 for the stake
        assertThat(performance.amount("fairValue")).isEqualTo("8400000.00");
        assertThat(performance.amount("nav")).isEqualTo("21400000.00");
        assertThat(text(performance, "dpi")).isEqualTo("0.1500");
        assertThat(text(performance, "rvpi")).isEqualTo("1.0700");
        assertThat(text(performance, "tvpi")).isEqualTo("1.2200");
        // −20,000,000 on 2019-01-01, +3,000,000 on 2020-09-30, NAV 21,400,000 on 2020-12-31: r = 0.106285…
        assertThat(text(performance, "irr")).isEqualTo("0.1063");
        JsonNode deals = performance.json().path("deals");
        // −6,000,000 on 2019-02-01, +4,000,000 on 2020-06-30, 5,400,000 held on 2020-12-31: r = 0.303816…
        assertThat(deals.get(0).path("irr").asText()).isEqualTo("0.3038");
        assertThat(deals.get(0).path("moic").asText()).isEqualTo("1.5667");
        // the stake's flows are a quarter of the sub-fund's investors' flows: the sub-fund's own rate
        assertThat(deals.get(1).path("irr").asText()).isEqualTo("0.2182");

        JsonNode itsOwn = performance.json().path("subFunds").get(0);
        assertThat(itsOwn.path("fundId").asText()).isEqualTo(subFund);
        assertThat(itsOwn.path("paidIn").path("amount").asText()).isEqualTo("10000000.00");
        assertThat(itsOwn.path("distributed").path("amount").asText()).isEqualTo("2000000.00");
        assertThat(itsOwn.path("nav").path("amount").asText()).isEqualTo("12000000.00");
        // (2,000,000 + 12,000,000) ÷ 10,000,000
        assertThat(itsOwn.path("tvpi").asText()).isEqualTo("1.4000");
        // −10,000,000 on 2019-04-10, +2,000,000 on 2020-10-31, NAV 12,000,000 on 2020-12-31: r = 0.218226…
        assertThat(itsOwn.path("irr").asText()).isEqualTo("0.2182");

        JsonNode family = performance.json().path("family");
        // the parent's 20,000,000 and the sub-fund's social 7,500,000; 3,000,000 + 1,500,000 paid back to them;
        // NAV: the deals of both (5,400,000 + 12,000,000) and the cash of both (13,000,000 + 0)
        assertThat(family.path("paidIn").path("amount").asText()).isEqualTo("27500000.00");
        assertThat(family.path("distributed").path("amount").asText()).isEqualTo("4500000.00");
        assertThat(family.path("fairValue").path("amount").asText()).isEqualTo("17400000.00");
        assertThat(family.path("cash").path("amount").asText()).isEqualTo("13000000.00");
        assertThat(family.path("nav").path("amount").asText()).isEqualTo("30400000.00");
        // (4,500,000 + 30,400,000) ÷ 27,500,000 = 1.269090…
        assertThat(family.path("tvpi").asText()).isEqualTo("1.2691");
        // −20,000,000 (2019-01-01), −7,500,000 (2019-04-10), +3,000,000 (2020-09-30), +1,500,000 (2020-10-31),
        // NAV 30,400,000 (2020-12-31): r = 0.133797…
        assertThat(family.path("irr").asText()).isEqualTo("0.1338");
    }

    /**
     * A fund's figures are kept between reads while the views stand still (KeptPerformance), and read again once any
     * fact is recorded: here only facts of the sub-fund, which change the parent's stake and its family, not a row of
     * the parent's own.
     */
    @Test
    void figuresKeptBetweenReadsShowEveryFactRecordedSinceEvenOneOfTheSubFundAlone() {
        familyHistory();
        // over HTTP first: the read waits until the views show every fact recorded
        assertThat(performance(fund, "2020-12-31").amount("nav")).isEqualTo("21400000.00");
        FindPerformance query = new FindPerformance(fund, LocalDate.parse("2020-12-31"));
        PerformanceView first = queries.query(query, PerformanceView.class).join();
        assertThat(queries.query(query, PerformanceView.class).join()).as("kept while nothing was recorded")
                .isSameAs(first);
        assertThat(queries.query(new FindPerformance(fund, LocalDate.parse("2020-12-30")), PerformanceView.class)
                .join()).as("another date is another figure").isNotSameAs(first);

        // the sub-fund's deal valued at 16,000,000: a quarter of it is the parent's stake, 4,000,000
        valuation(subFund, "s-d1", "v-s-d1-3", "16000000.00", "2020-12-20");
        Api.Response revalued = performance(fund, "2020-12-31");
        // 5,400,000 for the deal + 4,000,000 for the stake; 13,000,000 of cash
        assertThat(revalued.amount("fairValue")).isEqualTo("9400000.00");
        assertThat(revalued.amount("nav")).isEqualTo("22400000.00");
        // the family: 5,400,000 + 16,000,000 of deals, 13,000,000 of cash
        assertThat(revalued.json().path("family").path("nav").path("amount").asText()).isEqualTo("34400000.00");
        assertThat(revalued.json().path("subFunds").get(0).path("nav").path("amount").asText())
                .isEqualTo("16000000.00");

        recorded(api().post(path(subFund, "/corrections"), correction("fix-v3", "v-s-d1-3", "2020-12-25")));
        Api.Response reversed = performance(fund, "2020-12-31");
        assertThat(reversed.amount("fairValue")).isEqualTo("8400000.00");
        assertThat(reversed.amount("nav")).isEqualTo("21400000.00");
        assertThat(reversed.json().path("family").path("nav").path("amount").asText()).isEqualTo("30400000.00");
        assertThat(queries.query(query, PerformanceView.class).join()).as("computed again, the same figures")
                .isNotSameAs(first).isEqualTo(first);
    }

    /**
     * A rebuild ends on the very tokens the views had before it; the figures kept before it must not pass for what the
     * rebuilt views hold. Here a hand edit of a valuation (outside the events, which a rebuild repairs) is read and
     * kept, then the views are rebuilt: the next read shows the figures the events say.
     */
    @Test
    void figuresKeptBeforeARebuildAreNotAnsweredAfterIt() {
        oneDealHistory();
        assertThat(performance(fund, "2019-12-31").amount("nav")).isEqualTo("11000000.00");
        jdbc.update("UPDATE valuation_view SET fair_value = 99000000.00, fund_fair_value = 99000000.00"
                + " WHERE fund_id = ? AND valuation_id = 'v1'", fund);
        FindPerformance query = new FindPerformance(fund, LocalDate.parse("2020-01-01"));
        assertThat(queries.query(query, PerformanceView.class).join().nav().amount())
                .as("the hand edit, read and kept").isEqualByComparingTo("99000000.00");

        Api.Response accepted = api().post("/api/admin/projections/rebuild", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        // the row is gone while the views are emptied, and written again by the pass
        awaitRebuilt(() -> jdbc.queryForList("SELECT fund_fair_value FROM valuation_view WHERE fund_id = ?"
                + " AND valuation_id = 'v1'", BigDecimal.class, fund).stream()
                .anyMatch(value -> value.compareTo(new BigDecimal("11000000.00")) == 0));

        assertThat(queries.query(query, PerformanceView.class).join().nav().amount())
                .as("the figures of the rebuilt views").isEqualByComparingTo("11000000.00");
        assertThat(performance(fund, "2020-01-01").amount("nav")).isEqualTo("11000000.00");
    }

    /**
     * One definition of each figure: the auditors' state, folded from the events, and the performance view, read from
     * the views, give the same cash, fair value and NAV for the parent (its stake at its share of the sub-fund's NAV,
     * what the sub-fund paid back in its cash) and for the sub-fund, on every date around the history's facts.
     */
    @Test
    void theAuditorsStateAndThePerformanceViewAgreeOnCashFairValueAndNav() {
        familyHistory();

        for (String asOf : List.of("2019-03-31", "2019-04-10", "2019-12-31", "2020-06-30", "2020-10-31",
                "2020-12-01", "2020-12-14", "2020-12-31")) {
            for (String fundId : List.of(fund, subFund)) {
                Api.Response performance = performance(fundId, asOf);
                JsonNode netAssets = read("/api/audit/funds/" + fundId + "/state?asOf=" + asOf).json()
                        .path("netAssets");
                for (String figure : List.of("cash", "fairValue", "nav")) {
                    assertThat(netAssets.path(figure).path("amount").asText()).as(figure + " of " + fundId + " on "
                            + asOf).isEqualTo(performance.amount(figure));
                }
            }
        }
    }

    @Test
    void theSubFundsDistributionsShowThePartPaidToItsParent() {
        familyHistory();

        Api.Response paid = distributions(subFund, "2020-12-31");
        JsonNode allocations = paid.json().path("distributions").get(0).path("allocations");
        assertThat(allocations.findValuesAsText("commitmentId")).containsExactly("parent", "social");
        // capital first, pro rata to the 2,500,000 and 7,500,000 paid in
        assertThat(allocations.get(0).path("amount").path("amount").asText()).isEqualTo("500000.00");
        assertThat(allocations.get(1).path("amount").path("amount").asText()).isEqualTo("1500000.00");
        assertThat(paid.amount("bySource.SOCIAL.amount")).isEqualTo("1500000.00");
        assertThat(paid.amount("bySource.LOCAL_FISCAL.amount")).isEqualTo("500000.00");
    }

    @Test
    void theFamilysEvaluationNamesIdleCapitalAndWhenItWasPaidIn() {
        familyHistory();

        JsonNode year2020 = evaluation(fund, "year=2020").json();
        // (6,000,000 invested + 2,500,000 paid into the sub-fund) ÷ 20,000,000 paid in
        assertThat(year2020.path("deploymentRatio").path("ratio").asText()).isEqualTo("0.4250");
        assertThat(year2020.path("deploymentRatio").path("paidIntoSubFunds").path("amount").asText())
                .isEqualTo("2500000.00");
        // 20,000,000 paid in on 2019-01-01, less the deal (2019-02-01) and the sub-fund's call (2019-04-10), first in
        // first out: 11,500,000 of it still uninvested on 2020-12-31, 730 days on
        assertThat(year2020.path("idleCapital").path("amount").path("amount").asText()).isEqualTo("11500000.00");
        assertThat(year2020.path("idleCapital").path("since").asText()).isEqualTo("2019-01-01");
        assertThat(year2020.path("idleCapital").path("idleAfterDays").asInt()).isEqualTo(365);
        // the deal's 6,000,000 + the sub-fund's social 15,000,000, ÷ the parent's 20,000,000 of fiscal paid-in
        assertThat(year2020.path("familyLeverage").path("ratio").asText()).isEqualTo("1.0500");
        JsonNode returnInvestment = year2020.path("returnInvestment");
        assertThat(returnInvestment.path("compliant").asBoolean()).isTrue();
        // the sub-fund's 8,000,000 in the target region ÷ the parent's 2,500,000 paid in
        assertThat(returnInvestment.path("subFunds").get(0).path("multiple").asText()).isEqualTo("3.2000");
        assertThat(year2020.path("valuePreserved").path("tvpi").asText()).isEqualTo("1.2200");

        // on 2019-12-31 the money paid in on 2019-01-01 is 364 days old: not yet idle
        JsonNode year2019 = evaluation(fund, "year=2019").json();
        assertThat(year2019.path("idleCapital").path("amount").path("amount").asText()).isEqualTo("0.00");
        assertThat(year2019.path("idleCapital").path("uninvested").path("amount").asText()).isEqualTo("11500000.00");
    }

    @Test
    void aReversedSubFundCommitmentLeavesTheStakeListedAtNothingAndItsMoneyAvailableAgain() {
        recorded(api().post("/api/funds", launch(fund, "2019-01-01")));
        recorded(api().post(path(fund, "/commitments"), commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "20000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/capital-calls"), call("k1", "20000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/contributions"), contribution("city", "k1", "20000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/sub-funds"), """
                {"subFundId": "%s", "name": "Belt and Road IP sub-fund", "commitmentId": "parent",
                 "targetSize": {"amount": "20000000.00", "currency": "CNY"},
                 "parentCommitment": {"amount": "5000000.00", "currency": "CNY"}, "date": "2019-03-01"}"""
                .formatted(subFund)));
        recorded(api().post(path(fund, "/corrections"), correction("fix-sub", subFund, "2019-06-01")));

        JsonNode held = portfolio(fund, "2019-05-31").json();
        assertThat(held.path("committedToSubFunds").path("amount").asText()).isEqualTo("5000000.00");
        JsonNode stake = held.path("holdings").get(0);
        assertThat(stake.path("investmentId").asText()).isEqualTo(subFund);
        assertThat(stake.path("cost").path("amount").asText()).isEqualTo("5000000.00");
        assertThat(stake.path("fairValue").path("amount").asText()).as("nothing paid into it yet").isEqualTo("0.00");
        assertThat(stake.path("reversal").isNull()).isTrue();
        assertThat(read(path(fund, "/investments/" + subFund + "?asOf=2019-05-31")).json()).isEqualTo(stake);
        assertThat(read(path(fund, "?asOf=2019-05-31")).amount("available")).isEqualTo("15000000.00");
        assertThat(performance(fund, "2019-05-31").json().path("subFunds")).hasSize(1);

        JsonNode reversed = portfolio(fund, "2019-06-01").json();
        assertThat(reversed.path("committedToSubFunds").path("amount").asText()).isEqualTo("0.00");
        JsonNode gone = reversed.path("holdings").get(0);
        assertThat(gone.path("reversal").path("correctionId").asText()).isEqualTo("fix-sub");
        assertThat(gone.path("cost").path("amount").asText()).isEqualTo("0.00");
        assertThat(gone.path("recordedCost").path("amount").asText()).isEqualTo("5000000.00");
        assertThat(read(path(fund, "?asOf=2019-06-01")).amount("available")).isEqualTo("20000000.00");
        Api.Response performance = performance(fund, "2019-06-01");
        assertThat(performance.json().path("subFunds")).isEmpty();
        assertThat(performance.json().path("deals")).isEmpty();
        assertThat(performance.amount("nav")).isEqualTo("20000000.00");
    }

    // ---- refusals ----

    @Test
    void anUnknownFundIsNotFoundOnEveryRead() {
        long before = storedEvents();
        for (String read : new String[] {"/portfolio", "/distributions", "/performance", "/evaluation?year=2020"}) {
            Api.Response response = api().get("/api/funds/no-such-fund" + read);
            assertThat(response.status()).as(read + ": " + response).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().path("code").asText()).isEqualTo("FUND_NOT_FOUND");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMalformedDateOrYearIsRefused() {
        recorded(api().post("/api/funds", launch(fund, "2019-01-01")));
        long before = storedEvents();
        for (String read : new String[] {"/distributions?asOf=2020-13-01", "/performance?asOf=yesterday",
                "/portfolio?asOf=2020-02-30"}) {
            assertRefused(api().get(path(fund, read)), "asOf");
        }
        assertRefused(api().get(path(fund, "/evaluation?year=abc")), "year");
        int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        assertRefused(api().get(path(fund, "/evaluation?year=" + nextYear)), "year");
        assertRefused(api().get(path(fund, "/evaluation?year=0")), "year");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(response.json().path("errors").findValuesAsText("field")).as(response.toString())
                .containsExactly(field);
    }

    // ---- histories ----

    /**
     * A guidance fund paid 10,000,000 in by the city on 2019-01-01 and invested it all on 2019-02-01; the deal valued
     * at 11,000,000 on 2019-12-31 and at 20,000,000 on 2020-03-31 (reversed on 2020-04-15); half of it sold for
     * 6,000,000 on 2020-06-30 and the rest for 6,000,000 on 2020-12-31; 12,000,000 distributed on 2021-01-01.
     */
    private void oneDealHistory() {
        recorded(api().post("/api/funds", launch(fund, "2019-01-01")));
        recorded(api().post(path(fund, "/commitments"), commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "10000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/capital-calls"), call("k1", "10000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/contributions"), contribution("city", "k1", "10000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/investments"), direct("d1", "10000000.00", "2019-02-01")));
        valuation(fund, "d1", "v1", "11000000.00", "2019-12-31");
        valuation(fund, "d1", "v2", "20000000.00", "2020-03-31");
        recorded(api().post(path(fund, "/corrections"), correction("fix-v2", "v2", "2020-04-15")));
        exit(fund, "d1", "x1", "0.5", "6000000.00", "2020-06-30");
        exit(fund, "d1", "x2", "1", "6000000.00", "2020-12-31");
        distribution(fund, "back", "12000000.00", "2021-01-01");
    }

    /**
     * A guidance fund: 20,000,000 paid in on 2019-01-01 (central and city, half each), a deal of 6,000,000 on
     * 2019-02-01, and a sub-fund it commits 5,000,000 to on 2019-03-01. The sub-fund's social investor commits
     * 15,000,000; the sub-fund calls 10,000,000 (2,500,000 of the parent, 7,500,000 of the social investor, paid on
     * 2019-04-10) and invests 8,000,000. Valued at the end of 2019: the deal 9,000,000, the sub-fund's 12,000,000. A
     * second call of the parent (2020-03-01) is reversed on 2020-04-01; 40% of the deal is sold for 4,000,000 on
     * 2020-06-30; the parent distributes 3,000,000 on 2020-09-30 and the sub-fund 2,000,000 on 2020-10-31; the
     * sub-fund's deal, valued at 20,000,000 on 2020-12-01, has that valuation reversed on 2020-12-15.
     */
    private void familyHistory() {
        recorded(api().post("/api/funds", launch(fund, "2019-01-01")));
        recorded(api().post(path(fund, "/commitments"), commitment("central", "Central finance", "CENTRAL_FISCAL",
                "20000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/commitments"), commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "20000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/capital-calls"), call("k1", "20000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/contributions"), contribution("central", "k1", "10000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/contributions"), contribution("city", "k1", "10000000.00", "2019-01-01")));
        recorded(api().post(path(fund, "/investments"), direct("d1", "6000000.00", "2019-02-01")));
        recorded(api().post(path(fund, "/sub-funds"), """
                {"subFundId": "%s", "name": "Belt and Road IP sub-fund", "commitmentId": "parent",
                 "targetSize": {"amount": "20000000.00", "currency": "CNY"},
                 "parentCommitment": {"amount": "5000000.00", "currency": "CNY"}, "date": "2019-03-01"}"""
                .formatted(subFund)));
        recorded(api().post(path(subFund, "/commitments"), commitment("social", "Haixi Venture Capital", "SOCIAL",
                "15000000.00", "2019-03-01")));
        recorded(api().post(path(subFund, "/capital-calls"), call("s-k1", "10000000.00", "2019-04-01")));
        recorded(api().post(path(subFund, "/contributions"), contribution("parent", "s-k1", "2500000.00",
                "2019-04-10")));
        recorded(api().post(path(subFund, "/contributions"), contribution("social", "s-k1", "7500000.00",
                "2019-04-10")));
        recorded(api().post(path(subFund, "/investments"), direct("s-d1", "8000000.00", "2019-05-01")));
        valuation(fund, "d1", "v-d1", "9000000.00", "2019-12-31");
        valuation(subFund, "s-d1", "v-s-d1", "12000000.00", "2019-12-31");
        recorded(api().post(path(fund, "/capital-calls"), call("k2", "2000000.00", "2020-03-01")));
        recorded(api().post(path(fund, "/corrections"), correction("fix-k2", "k2", "2020-04-01")));
        exit(fund, "d1", "x1", "0.40", "4000000.00", "2020-06-30");
        distribution(fund, "dist-1", "3000000.00", "2020-09-30");
        distribution(subFund, "s-dist-1", "2000000.00", "2020-10-31");
        valuation(subFund, "s-d1", "v-s-d1-2", "20000000.00", "2020-12-01");
        recorded(api().post(path(subFund, "/corrections"), correction("fix-v", "v-s-d1-2", "2020-12-15")));
    }

    private long valuation(String fundId, String investmentId, String valuationId, String fairValue, String date) {
        return recorded(api().post("/api/funds/" + fundId + "/investments/" + investmentId + "/valuations", """
                {"valuationId": "%s", "fairValue": {"amount": "%s", "currency": "CNY"}, "date": "%s",
                 "method": "MULTIPLES"}""".formatted(valuationId, fairValue, date)));
    }

    private long exit(String fundId, String investmentId, String exitId, String share, String proceeds, String date) {
        return recorded(api().post("/api/funds/" + fundId + "/investments/" + investmentId + "/exits", """
                {"exitId": "%s", "kind": "SALE", "share": "%s", "proceeds": {"amount": "%s", "currency": "CNY"},
                 "buyer": "Fujian Investment Group", "date": "%s"}""".formatted(exitId, share, proceeds, date)));
    }

    private long distribution(String fundId, String distributionId, String amount, String date) {
        return recorded(api().post("/api/funds/" + fundId + "/distributions", """
                {"distributionId": "%s", "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(distributionId, amount, date)));
    }

    /** Waits until {@code repaired} holds and every view's processor runs again with nothing left to handle. */
    private void awaitRebuilt(BooleanSupplier repaired) {
        Eventually.await("the views rebuilt", Duration.ofSeconds(60), Duration.ofMillis(50),
                () -> repaired.getAsBoolean() && allCaughtUp());
    }

    private boolean allCaughtUp() {
        Api.Response views = api().get("/api/admin/projections");
        assertThat(views.status()).as(views.toString()).isEqualTo(200);
        for (JsonNode view : views.json()) {
            if (!view.path("running").asBoolean() || view.path("replaying").asBoolean()
                    || !view.path("lag").isIntegralNumber() || view.path("lag").asLong() != 0) {
                return false;
            }
        }
        return true;
    }

    private Api.Response performance(String fundId, String asOf) {
        return read(path(fundId, "/performance?asOf=" + asOf));
    }

    private Api.Response portfolio(String fundId, String asOf) {
        return read(path(fundId, "/portfolio?asOf=" + asOf));
    }

    private Api.Response distributions(String fundId, String asOf) {
        return read(path(fundId, "/distributions?asOf=" + asOf));
    }

    private Api.Response evaluation(String fundId, String query) {
        return read(path(fundId, "/evaluation" + (query.isEmpty() ? "" : "?" + query)));
    }

    private Api.Response read(String path) {
        Api.Response response = api().get(path);
        assertThat(response.status()).as("GET " + path + ": " + response).isEqualTo(200);
        return response;
    }

    private static String text(Api.Response response, String field) {
        return response.json().path(field).asText();
    }

    private static String direct(String investmentId, String amount, String date) {
        return """
                {"investmentId": "%s", "kind": "DIRECT", "company": {"name": "Xiamen IP Operation Co",
                 "country": "CN", "region": "Xiamen"}, "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s",
                 "inTargetRegion": true}""".formatted(investmentId, amount, date);
    }

    private static String correction(String correctionId, String reverses, String date) {
        return """
                {"correctionId": "%s", "reverses": "%s", "reason": "recorded in error", "date": "%s"}"""
                .formatted(correctionId, reverses, date);
    }

    private static String path(String fundId, String suffix) {
        return "/api/funds/" + fundId + suffix;
    }
}
