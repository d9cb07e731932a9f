package org.ipfund.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.ipfund.audit.history.FundStateView.Reversal;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CapitalCallReversed;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.DistributionAllocation;
import org.ipfund.domain.fund.DistributionId;
import org.ipfund.domain.fund.DistributionReversed;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.SubFundLaunched;
import org.ipfund.domain.holding.ExitId;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.holding.ValuationId;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.holding.ValuationRecorded;
import org.ipfund.domain.holding.ValuationReversed;
import org.ipfund.domain.investment.CoInvestmentId;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.DirectInvestmentRecorded;
import org.ipfund.domain.investment.FollowOnInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.InvestmentKind;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.investment.Lead;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.AmendmentId;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyAmended;
import org.ipfund.domain.policy.PolicyTerms;
import org.ipfund.domain.figures.ReturnInvestment;
import org.junit.jupiter.api.Test;

class FundStateAsKnownTest {

    private static final FundId FUND = new FundId("xm-guidance");
    private static final FundId SUB = new FundId("xm-sub-1");
    private static final Currency CNY = Currency.getInstance("CNY");
    /** When the first event of each story was recorded; each later one a minute after the one before. */
    private static final Instant FIRST_RECORDED = Instant.parse("2026-01-05T02:00:00Z");
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    // ---- asOf and knownAt ----

    @Test
    void countsOnlyTheFactsThatTookEffectOnOrBeforeAsOf() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(), direct("deal-1", "3000000.00", "2017-06-01"));

        FundStateView beforeTheDeal = rebuilt(stream, "2017-05-31", NOW);
        FundStateView onTheDealsDate = rebuilt(stream, "2017-06-01", NOW);

        assertThat(beforeTheDeal.investments()).isEmpty();
        assertThat(beforeTheDeal.capital().invested()).isEqualTo(cny("0.00"));
        assertThat(beforeTheDeal.capital().available()).isEqualTo(cny("60000000.00"));
        assertThat(beforeTheDeal.eventsKnown()).isEqualTo(7);
        assertThat(beforeTheDeal.eventsCounted()).isEqualTo(6);
        assertThat(beforeTheDeal.lastPosition()).isEqualTo(stream.get(5).position());
        assertThat(beforeTheDeal.lastSequence()).isEqualTo(5);
        assertThat(onTheDealsDate.investments()).extracting(FundStateView.Investment::investmentId)
                .containsExactly("deal-1");
        assertThat(onTheDealsDate.capital().invested()).isEqualTo(cny("3000000.00"));
        assertThat(onTheDealsDate.capital().available()).isEqualTo(cny("57000000.00"));
        assertThat(onTheDealsDate.eventsCounted()).isEqualTo(7);
        assertThat(onTheDealsDate.lastPosition()).isEqualTo(stream.get(6).position());
        assertThat(onTheDealsDate.lastSequence()).isEqualTo(6);
    }

    @Test
    void knowsOnlyTheEventsRecordedUpToKnownAtWhateverTheirBusinessDate() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(), direct("deal-1", "3000000.00", "2017-06-01"));
        Instant dealRecorded = stream.get(6).recordedAt();

        FundStateView justBefore = rebuilt(stream, "2018-01-01", dealRecorded.minusMillis(1));
        FundStateView atTheInstant = rebuilt(stream, "2018-01-01", dealRecorded);

        assertThat(justBefore.investments()).isEmpty();
        assertThat(justBefore.capital().invested()).isEqualTo(cny("0.00"));
        assertThat(justBefore.eventsKnown()).isEqualTo(6);
        assertThat(justBefore.knownAt()).isEqualTo(dealRecorded.minusMillis(1));
        assertThat(atTheInstant.capital().invested()).isEqualTo(cny("3000000.00"));
        assertThat(atTheInstant.eventsKnown()).isEqualTo(7);
    }

    @Test
    void knowsNoFundWhoseLaunchWasNotYetRecorded() {
        List<FundStreamEvent> stream = stream(launched());

        assertThat(FundStateAsKnown.rebuild(stream, LocalDate.parse("2018-01-01"), FIRST_RECORDED.minusMillis(1)))
                .isEmpty();
        assertThat(FundStateAsKnown.rebuild(List.of(), LocalDate.parse("2018-01-01"), NOW)).isEmpty();
    }

    @Test
    void namesAFundAskedAboutBeforeItsLaunchButCountsNothing() {
        FundStateView beforeLaunch = rebuilt(stream(launched(), seedCapital()), "2017-02-28", NOW);

        assertThat(beforeLaunch.fundId()).isEqualTo("xm-guidance");
        assertThat(beforeLaunch.name()).isEqualTo("Xiamen Belt and Road IP guidance fund");
        assertThat(beforeLaunch.type()).isEqualTo(FundType.GUIDANCE);
        assertThat(beforeLaunch.currency()).isEqualTo("CNY");
        assertThat(beforeLaunch.launchDate()).isEqualTo("2017-03-01");
        assertThat(beforeLaunch.eventsKnown()).isEqualTo(6);
        assertThat(beforeLaunch.eventsCounted()).isZero();
        assertThat(beforeLaunch.lastPosition()).isNull();
        assertThat(beforeLaunch.lastSequence()).isNull();
        assertThat(beforeLaunch.commitments()).isEmpty();
        assertThat(beforeLaunch.capital().committed()).isEqualTo(cny("0.00"));
        assertThat(beforeLaunch.policy().shareCap()).isNull();
    }

    @Test
    void totalsTheCapitalInAllAndBySource() {
        FundStateView state = rebuilt(stream(launched(), seedCapital()), "2017-12-31", NOW);

        assertThat(state.capital()).isEqualTo(new FundStateView.Capital(cny("300000000.00"), cny("60000000.00"),
                cny("60000000.00"), cny("0.00"), cny("0.00"), cny("240000000.00"), cny("240000000.00"),
                cny("60000000.00"), cny("60000000.00")));
        assertThat(state.bySource()).containsOnlyKeys(CapitalSource.values());
        assertThat(state.bySource().get(CapitalSource.CENTRAL_FISCAL)).isEqualTo(new FundStateView.SourceCapital(
                cny("200000000.00"), cny("40000000.00"), cny("40000000.00"), cny("160000000.00"),
                cny("160000000.00")));
        assertThat(state.bySource().get(CapitalSource.LOCAL_FISCAL).paidIn()).isEqualTo(cny("20000000.00"));
        assertThat(state.bySource().get(CapitalSource.SOCIAL).committed()).isEqualTo(cny("0.00"));
        assertThat(state.capitalCalls()).singleElement().satisfies(call -> {
            assertThat(call.callId()).isEqualTo("call-1");
            assertThat(call.amount()).isEqualTo(cny("60000000.00"));
            assertThat(call.allocations()).extracting(FundStateView.Allocation::commitmentId)
                    .containsExactly("central", "city");
        });
        assertThat(state.contributions()).extracting(FundStateView.Contribution::contributionId)
                .containsExactly("paid-central", "paid-city");
        assertThat(state.parent()).isNull();
    }

    // ---- corrections ----

    @Test
    void aReversalCountsFromItsOwnBusinessDate() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(), direct("deal-1", "3000000.00", "2017-06-01"),
                new InvestmentReversed(FUND, new CorrectionId("fix-1"), new InvestmentId("deal-1"),
                        cny("3000000.00"), "recorded against the wrong fund", date("2018-03-01")));

        FundStateView before = rebuilt(stream, "2018-02-28", NOW);
        FundStateView from = rebuilt(stream, "2018-03-01", NOW);

        assertThat(before.investments().get(0).reversed()).isFalse();
        assertThat(before.investments().get(0).reversal()).isNull();
        assertThat(before.capital().invested()).isEqualTo(cny("3000000.00"));
        FundStateView.Investment reversed = from.investments().get(0);
        assertThat(reversed.reversed()).isTrue();
        assertThat(reversed.fundAmount()).as("the fact stays as recorded").isEqualTo(cny("3000000.00"));
        assertThat(reversed.reversal()).isEqualTo(new Reversal("fix-1", date("2018-03-01"),
                "recorded against the wrong fund", stream.get(7).position(), stream.get(7).recordedAt()));
        assertThat(from.capital().invested()).isEqualTo(cny("0.00"));
        assertThat(from.capital().available()).isEqualTo(cny("60000000.00"));
    }

    @Test
    void aCorrectionRecordedLaterLeavesTheAnswerKnownBeforeItAsItWas() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(), direct("deal-1", "3000000.00", "2017-06-01"),
                new InvestmentReversed(FUND, new CorrectionId("fix-1"), new InvestmentId("deal-1"),
                        cny("3000000.00"), "recorded against the wrong fund", date("2017-06-01")));
        Instant beforeTheCorrection = stream.get(7).recordedAt().minusMillis(1);

        FundStateView knownNow = rebuilt(stream, "2018-01-01", NOW);
        FundStateView knownBefore = rebuilt(stream, "2018-01-01", beforeTheCorrection);

        assertThat(knownNow.investments().get(0).reversed()).isTrue();
        assertThat(knownNow.capital().invested()).isEqualTo(cny("0.00"));
        assertThat(knownBefore.investments().get(0).reversed()).isFalse();
        assertThat(knownBefore.capital().invested()).isEqualTo(cny("3000000.00"));
        assertThat(knownBefore.capital().available()).isEqualTo(cny("57000000.00"));
        assertThat(knownBefore.eventsCounted()).isEqualTo(knownNow.eventsCounted() - 1);
    }

    @Test
    void reversesCommitmentsContributionsAndCoInvestmentsBySource() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(),
                commitment("social-1", CapitalSource.SOCIAL, "10000000.00", "2017-05-01"),
                direct("deal-1", "3000000.00", "2017-06-01"),
                new CoInvestmentRecorded(FUND, new InvestmentId("deal-1"), new CoInvestmentId("co-1"),
                        "Xiamen C&D Group", CapitalSource.STATE_OWNED, cny("18000000.00"), null,
                        cny("18000000.00"), date("2017-06-01")),
                new CommitmentReversed(FUND, new CorrectionId("fix-commitment"), new CommitmentId("social-1"),
                        CapitalSource.SOCIAL, cny("10000000.00"), "the partners withdrew", date("2017-06-01")),
                new ContributionReversed(FUND, new CorrectionId("fix-paid"), new ContributionId("paid-central"),
                        new CommitmentId("central"), new CallId("call-1"), CapitalSource.CENTRAL_FISCAL,
                        cny("40000000.00"), "the bank returned the transfer", date("2018-03-01")),
                new CoInvestmentReversed(FUND, new CorrectionId("fix-co"), new InvestmentId("deal-1"),
                        new CoInvestmentId("co-1"), "Xiamen C&D Group", CapitalSource.STATE_OWNED,
                        cny("18000000.00"), "the board did not approve", date("2018-03-01")));

        FundStateView state = rebuilt(stream, "2018-03-01", NOW);

        assertThat(state.commitments()).filteredOn(FundStateView.Commitment::reversed)
                .extracting(FundStateView.Commitment::commitmentId).containsExactly("social-1");
        assertThat(state.commitments().get(2).reversal().correctionId()).isEqualTo("fix-commitment");
        assertThat(state.bySource().get(CapitalSource.SOCIAL).committed()).isEqualTo(cny("0.00"));
        assertThat(state.capital().committed()).isEqualTo(cny("300000000.00"));
        assertThat(state.contributions().get(0).reversal().correctionId()).isEqualTo("fix-paid");
        assertThat(state.contributions().get(1).reversed()).isFalse();
        assertThat(state.bySource().get(CapitalSource.CENTRAL_FISCAL).paidIn()).isEqualTo(cny("0.00"));
        assertThat(state.capital().paidIn()).isEqualTo(cny("20000000.00"));
        assertThat(state.capital().called()).as("a call stands").isEqualTo(cny("60000000.00"));
        assertThat(state.capital().unfunded()).isEqualTo(cny("280000000.00"));
        assertThat(state.capital().available()).isEqualTo(cny("17000000.00"));
        assertThat(state.coInvestments()).singleElement().satisfies(co -> {
            assertThat(co.reversed()).isTrue();
            assertThat(co.reversal().reason()).isEqualTo("the board did not approve");
            assertThat(co.fundAmount()).isEqualTo(cny("18000000.00"));
        });
        assertThat(state.capital().invested()).as("the deal itself stands").isEqualTo(cny("3000000.00"));

        FundStateView beforeTheLaterCorrections = rebuilt(stream, "2018-02-28", NOW);
        assertThat(beforeTheLaterCorrections.capital().paidIn()).isEqualTo(cny("60000000.00"));
        assertThat(beforeTheLaterCorrections.coInvestments().get(0).reversed()).isFalse();
        assertThat(beforeTheLaterCorrections.commitments().get(2).reversed()).isTrue();
    }

    // ---- deals abroad ----

    @Test
    void countsADealAbroadAtItsCostInTheFundsCurrency() {
        Money usd = Money.of("150000.05", "USD");
        List<FundStreamEvent> stream = stream(launched(), seedCapital(),
                new DirectInvestmentRecorded(FUND, new InvestmentId("astana-1"), new Company("Astana IP Exchange",
                        null, "KZ", null), usd, ExchangeRate.of("6.5"), cny("975000.33"), date("2017-07-03"), false),
                new CoInvestmentRecorded(FUND, new InvestmentId("astana-1"), new CoInvestmentId("astana-co"),
                        "Kazakh State Holding", CapitalSource.STATE_OWNED, Money.of("300000.00", "USD"),
                        ExchangeRate.of("6.5"), cny("1950000.00"), date("2017-07-03")));

        FundStateView state = rebuilt(stream, "2017-12-31", NOW);

        FundStateView.Investment deal = state.investments().get(0);
        assertThat(deal.amount()).isEqualTo(usd);
        assertThat(deal.exchangeRate()).isEqualByComparingTo("6.5");
        assertThat(deal.fundAmount()).isEqualTo(cny("975000.33"));
        assertThat(deal.company().country()).isEqualTo("KZ");
        assertThat(state.capital().invested()).isEqualTo(cny("975000.33"));
        assertThat(state.capital().available()).isEqualTo(cny("59024999.67"));
        assertThat(state.coInvestments().get(0).amount()).isEqualTo(Money.of("300000.00", "USD"));
        assertThat(state.coInvestments().get(0).fundAmount()).isEqualTo(cny("1950000.00"));
    }

    @Test
    void showsAFollowOnsLead() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(),
                new FollowOnInvestmentRecorded(FUND, new InvestmentId("deal-2"), new Company("Silk Road IP", null,
                        null, null), cny("2000000.00"), null, cny("2000000.00"), date("2017-09-01"),
                        new Lead("Fujian Investment Group", cny("6000000.00"), date("2017-08-15")), true));

        FundStateView.Investment followOn = rebuilt(stream, "2017-12-31", NOW).investments().get(0);

        assertThat(followOn.kind()).isEqualTo(InvestmentKind.FOLLOW_ON);
        assertThat(followOn.exchangeRate()).isNull();
        assertThat(followOn.inTargetRegion()).isTrue();
        assertThat(followOn.lead()).isEqualTo(new FundStateView.Lead("Fujian Investment Group", cny("6000000.00"),
                date("2017-08-15")));
    }

    // ---- policy ----

    @Test
    void judgesAvailableCapitalByThePolicyInForceOnAsOf() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(),
                new PolicyAmended(FUND, new AmendmentId("amend-1"), new PolicyTerms(date("2018-01-01"), null, null,
                        Ratio.of("1.00"), null, null, true)));

        FundStateView before = rebuilt(stream, "2017-12-31", NOW);
        FundStateView after = rebuilt(stream, "2018-01-01", NOW);

        assertThat(before.policy().investUncalledCommitments()).isNull();
        assertThat(before.policy().returnInvestmentMultiple()).isEqualTo(Ratio.of("1.50"));
        assertThat(before.capital().available()).isEqualTo(cny("60000000.00"));
        assertThat(after.policy().investUncalledCommitments()).isTrue();
        assertThat(after.policy().returnInvestmentMultiple()).isEqualTo(Ratio.of("1.00"));
        assertThat(after.policy().shareCap()).as("a rule the amendment left out stays").isEqualTo(Ratio.of("0.30"));
        assertThat(after.policy().effectiveFrom()).isEqualTo("2018-01-01");
        assertThat(after.capital().available()).isEqualTo(cny("300000000.00"));
    }

    @Test
    void anAmendmentRecordedAfterKnownAtIsNotInForce() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(),
                new PolicyAmended(FUND, new AmendmentId("amend-1"), new PolicyTerms(date("2018-01-01"), null, null,
                        null, null, null, true)));

        FundStateView known = rebuilt(stream, "2018-06-01", stream.get(6).recordedAt().minusMillis(1));

        assertThat(known.policy().investUncalledCommitments()).isNull();
        assertThat(known.capital().available()).isEqualTo(cny("60000000.00"));
    }

    // ---- the "1+N" model ----

    @Test
    void aParentCountsWhatItCommittedToItsSubFunds() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(),
                new SubFundCommitted(FUND, SUB, "Xiamen IP Sub-fund No. 1", cny("100000000.00"),
                        new CommitmentId("sub-1-parent"), cny("25000000.00"), CapitalSource.LOCAL_FISCAL,
                        date("2018-01-10")));

        FundStateView before = rebuilt(stream, "2018-01-09", NOW);
        FundStateView after = rebuilt(stream, "2018-01-10", NOW);

        assertThat(before.subFunds()).isEmpty();
        assertThat(before.capital().committedToSubFunds()).isEqualTo(cny("0.00"));
        assertThat(after.subFunds()).containsExactly(new FundStateView.SubFund("xm-sub-1", "Xiamen IP Sub-fund No. 1",
                cny("100000000.00"), "sub-1-parent", cny("25000000.00"), CapitalSource.LOCAL_FISCAL,
                date("2018-01-10"), false, null));
        assertThat(after.capital().committedToSubFunds()).isEqualTo(cny("25000000.00"));
        assertThat(after.capital().available()).isEqualTo(cny("35000000.00"));
    }

    @Test
    void aSubFundNamesItsParentAndThePartsOfItsCommitmentsThatCameFromIt() {
        List<FundStreamEvent> stream = stream(
                new SubFundLaunched(SUB, "Xiamen IP Sub-fund No. 1", CNY, date("2018-01-10"), FundPolicy.none(), FUND,
                        cny("100000000.00"), new CommitmentId("sub-1-parent")),
                new CommitmentRecorded(SUB, new CommitmentId("sub-1-parent"), FUND.value(), CapitalSource.LOCAL_FISCAL,
                        cny("25000000.00"), date("2018-01-10")),
                new CommitmentRecorded(SUB, new CommitmentId("social-a"), "Xiamen Venture Partners",
                        CapitalSource.SOCIAL, cny("25000000.00"), date("2018-02-01")));

        FundStateView january = rebuilt(stream, "2018-01-31", NOW);
        FundStateView february = rebuilt(stream, "2018-02-01", NOW);

        assertThat(january.type()).isEqualTo(FundType.SUB);
        assertThat(january.launchDate()).isEqualTo("2018-01-10");
        assertThat(january.parent()).isEqualTo(new FundStateView.Parent("xm-guidance", cny("100000000.00"),
                "sub-1-parent", cny("25000000.00"), Ratio.of("1.0000"), null, false, cny("25000000.00"),
                Ratio.of("1.0000"), null, false,
                ReturnInvestment.judge((Ratio) null, cny("0.00"), cny("0.00"))));
        assertThat(february.parent().share()).isEqualTo(Ratio.of("0.5000"));
        assertThat(february.capital().committed()).isEqualTo(cny("50000000.00"));
        assertThat(february.bySource().get(CapitalSource.LOCAL_FISCAL).committed()).isEqualTo(cny("25000000.00"));
        assertThat(february.subFunds()).isEmpty();
        assertThat(rebuilt(stream, "2018-01-09", NOW).parent().share()).as("nothing committed yet").isNull();
    }

    @Test
    void aSubFundShowsItsParentsShareCapBreachedAsKnownBeforeALooseningAmendmentAndNotAfter() {
        Instant amendmentRecorded = FIRST_RECORDED.plus(Duration.ofDays(30));
        List<FundStreamEvent> parent = List.of(
                new FundStreamEvent(1, 0, FIRST_RECORDED.minus(Duration.ofDays(1)), launched()),
                // back-dated to before the sub-fund was created, recorded a month after the sub-fund's facts
                new FundStreamEvent(500, 1, amendmentRecorded, new PolicyAmended(FUND, new AmendmentId("loosen"),
                        new PolicyTerms(date("2018-01-01"), Ratio.of("0.60"), null, null, null, null, null))));
        List<FundStreamEvent> subFund = subFundRaisingShort(FundPolicy.none());

        FundStateView knownBefore = FundStateAsKnown.rebuild(subFund, parent, date("2018-02-01"),
                amendmentRecorded.minusMillis(1)).orElseThrow();
        FundStateView knownAfter = FundStateAsKnown.rebuild(subFund, parent, date("2018-02-01"), amendmentRecorded)
                .orElseThrow();

        assertThat(knownBefore.parent().share()).isEqualTo(Ratio.of("0.5000"));
        assertThat(knownBefore.parent().shareCap()).isEqualTo(Ratio.of("0.30"));
        assertThat(knownBefore.parent().shareCapBreached()).isTrue();
        assertThat(knownAfter.parent().share()).isEqualTo(Ratio.of("0.5000"));
        assertThat(knownAfter.parent().shareCap()).isEqualTo(Ratio.of("0.60"));
        assertThat(knownAfter.parent().shareCapBreached()).isFalse();
        assertThat(FundStateAsKnown.rebuild(subFund, parent, date("2017-12-31"), amendmentRecorded).orElseThrow()
                .parent().shareCap()).as("known now, but before the amendment took effect")
                .isEqualTo(Ratio.of("0.30"));
    }

    @Test
    void aSubFundShowsItsGovernmentShareOfActualCommitmentsAgainstItsGovernmentShareCap() {
        FundPolicy governmentCap = new FundPolicy(List.of(new PolicyTerms(date("2018-01-10"), null, null, null, null,
                null, null, Ratio.of("0.50"))));
        List<FundStreamEvent> subFund = new ArrayList<>(subFundRaisingShort(governmentCap));
        subFund.add(new FundStreamEvent(700, subFund.size(), NOW.minusSeconds(60),
                new CommitmentRecorded(SUB, new CommitmentId("central"), "Central finance",
                        CapitalSource.CENTRAL_FISCAL, cny("10000000.00"), date("2018-03-01"))));

        FundStateView.Parent february = FundStateAsKnown.rebuild(subFund, List.of(), date("2018-02-01"), NOW)
                .orElseThrow().parent();
        FundStateView.Parent march = FundStateAsKnown.rebuild(subFund, List.of(), date("2018-03-01"), NOW)
                .orElseThrow().parent();

        assertThat(february.governmentCommitment()).isEqualTo(cny("25000000.00"));
        assertThat(february.governmentShare()).isEqualTo(Ratio.of("0.5000"));
        assertThat(february.governmentShareCap()).isEqualTo(Ratio.of("0.50"));
        assertThat(february.governmentShareCapBreached()).as("exactly at the cap").isFalse();
        assertThat(march.governmentCommitment()).isEqualTo(cny("35000000.00"));
        assertThat(march.governmentShare()).isEqualTo(Ratio.of("0.5833"));
        assertThat(march.governmentShareCapBreached()).isTrue();
    }

    /** A sub-fund of 100m target: 25m from its guidance parent (local fiscal), only 25m of social money by February. */
    @Test
    void aSubFundShows返投AsKnownBeforeALowerMultipleWasAdoptedAndAfter() {
        Instant amendmentRecorded = FIRST_RECORDED.plus(Duration.ofDays(30));
        List<FundStreamEvent> parent = List.of(
                new FundStreamEvent(1, 0, FIRST_RECORDED.minus(Duration.ofDays(1)), launched()),
                // the city lowers its 返投 multiple from 1.50 to 1.00, back-dated, a month after the sub-fund's facts
                new FundStreamEvent(500, 1, amendmentRecorded, new PolicyAmended(FUND, new AmendmentId("lower"),
                        new PolicyTerms(date("2018-01-01"), null, null, Ratio.of("1.00"), null, null, null))));
        List<FundStreamEvent> subFund = stream(
                new SubFundLaunched(SUB, "Xiamen IP Sub-fund No. 1", CNY, date("2018-01-10"), FundPolicy.none(), FUND,
                        cny("100000000.00"), new CommitmentId("sub-1-parent")),
                new CommitmentRecorded(SUB, new CommitmentId("sub-1-parent"), FUND.value(), CapitalSource.LOCAL_FISCAL,
                        cny("25000000.00"), date("2018-01-10")),
                new CapitalCalled(SUB, new CallId("s-call"), cny("10000000.00"), date("2018-01-15"), null, List.of(
                        new CallAllocation(new CommitmentId("sub-1-parent"), CapitalSource.LOCAL_FISCAL,
                                cny("10000000.00")))),
                new ContributionReceived(SUB, new ContributionId("s-paid"), new CommitmentId("sub-1-parent"),
                        new CallId("s-call"), CapitalSource.LOCAL_FISCAL, cny("10000000.00"), date("2018-01-20")),
                new DirectInvestmentRecorded(SUB, new InvestmentId("s-deal"), new Company("Xiamen Patent Pool",
                        null, null, "Xiamen"), cny("12000000.00"), null, cny("12000000.00"), date("2018-01-25"), true));

        var knownBefore = FundStateAsKnown.rebuild(subFund, parent, date("2018-02-01"),
                amendmentRecorded.minusMillis(1)).orElseThrow().parent().returnInvestment();
        var knownAfter = FundStateAsKnown.rebuild(subFund, parent, date("2018-02-01"), amendmentRecorded)
                .orElseThrow().parent().returnInvestment();

        assertThat(knownBefore.parentPaidIn()).isEqualTo(cny("10000000.00"));
        assertThat(knownBefore.qualifying()).isEqualTo(cny("12000000.00"));
        assertThat(knownBefore.required()).isEqualTo(cny("15000000.00"));
        assertThat(knownBefore.compliant()).isFalse();
        assertThat(knownAfter.required()).isEqualTo(cny("10000000.00"));
        assertThat(knownAfter.compliant()).isTrue();
    }

    private static List<FundStreamEvent> subFundRaisingShort(FundPolicy policy) {
        return stream(
                new SubFundLaunched(SUB, "Xiamen IP Sub-fund No. 1", CNY, date("2018-01-10"), policy, FUND,
                        cny("100000000.00"), new CommitmentId("sub-1-parent")),
                new CommitmentRecorded(SUB, new CommitmentId("sub-1-parent"), FUND.value(), CapitalSource.LOCAL_FISCAL,
                        cny("25000000.00"), date("2018-01-10")),
                new CommitmentRecorded(SUB, new CommitmentId("social-a"), "Xiamen Venture Partners",
                        CapitalSource.SOCIAL, cny("25000000.00"), date("2018-02-01")));
    }

    @Test
    void investableCountsEveryKnownFactWhateverItsBusinessDate() {
        // 60m paid in on 10 April; a deal of 50m dated 1 June is known, so on 1 May only 10m may still be used
        List<FundStreamEvent> stream = stream(launched(), seedCapital(), direct("deal-1", "50000000.00", "2017-06-01"));

        FundStateView may = rebuilt(stream, "2017-05-01", NOW);
        assertThat(may.capital().available()).isEqualTo(cny("60000000.00"));
        assertThat(may.capital().investable()).isEqualTo(cny("10000000.00"));

        FundStateView beforeTheDealWasRecorded = rebuilt(stream, "2017-05-01", stream.get(6).recordedAt().minusMillis(1));
        assertThat(beforeTheDealWasRecorded.capital().investable()).isEqualTo(cny("60000000.00"));
    }

    @Test
    void investableJudgesEachDayUnderThePolicyThenInForceAndCountsCalledButUnpaidMoney() {
        // commit 10m, invest 6m, call it all: 4m still unfunded where the policy counts it; from 2018 it no longer does
        List<FundStreamEvent> stream = stream(launched(),
                new PolicyAmended(FUND, new AmendmentId("counts"), new PolicyTerms(date("2017-03-01"), null, null,
                        null, null, null, true)),
                commitment("city", CapitalSource.LOCAL_FISCAL, "10000000.00", "2017-03-02"),
                direct("deal-1", "6000000.00", "2017-03-10"),
                new CapitalCalled(FUND, new CallId("call-1"), cny("10000000.00"), date("2017-03-20"), null, List.of(
                        new CallAllocation(new CommitmentId("city"), CapitalSource.LOCAL_FISCAL,
                                cny("10000000.00")))));

        FundStateView counting = rebuilt(stream, "2017-06-01", NOW);
        assertThat(counting.capital().available()).isEqualTo(cny("4000000.00"));
        assertThat(counting.capital().investable()).isEqualTo(cny("4000000.00"));

        List<FundStreamEvent> revoked = new ArrayList<>(stream);
        revoked.add(new FundStreamEvent(1000, revoked.size(), NOW.minusSeconds(60), new PolicyAmended(FUND,
                new AmendmentId("cash-only"), new PolicyTerms(date("2018-01-01"), null, null, null, null, null,
                        false))));
        FundStateView laterRevoked = rebuilt(revoked, "2017-06-01", NOW);
        assertThat(laterRevoked.capital().available()).isEqualTo(cny("4000000.00"));
        assertThat(laterRevoked.capital().investable()).isEqualTo(cny("-6000000.00"));
    }

    // ---- the second half of a fund's life ----

    @Test
    void valuesAHoldingByItsLatestValuationScaledByALaterPartialExitAndCountsTheProceedsInCashAndNav() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(), direct("deal-1", "3000000.00", "2017-06-01"),
                valuation("val-1", "10000000.00", "2018-12-31"),
                exit(ExitKind.SALE, "exit-1", "0.40", "5000000.00", "1200000.00", "3800000.00", null, "2019-03-01"));

        FundStateView before = rebuilt(stream, "2019-02-28", NOW);
        FundStateView after = rebuilt(stream, "2019-03-01", NOW);

        FundStateView.Holding valued = before.holdings().get(0);
        assertThat(valued.fairValue()).isEqualTo(cny("10000000.00"));
        assertThat(valued.valuationDate()).isEqualTo(date("2018-12-31"));
        assertThat(valued.exits()).isEmpty();
        assertThat(before.netAssets()).isEqualTo(new FundStateView.NetAssets(cny("60000000.00"), cny("3000000.00"),
                cny("0.00"), cny("0.00"), cny("0.00"), cny("0.00"), cny("57000000.00"), cny("10000000.00"), cny("67000000.00")));
        FundStateView.Holding partlySold = after.holdings().get(0);
        assertThat(partlySold.investmentId()).isEqualTo("deal-1");
        assertThat(partlySold.kind()).isEqualTo(FundStateView.HoldingKind.DEAL);
        assertThat(partlySold.cost()).isEqualTo(cny("3000000.00"));
        assertThat(partlySold.costReleased()).isEqualTo(cny("1200000.00"));
        assertThat(partlySold.remainingCost()).isEqualTo(cny("1800000.00"));
        assertThat(partlySold.fairValue()).as("10m x (1 - 0.40)").isEqualTo(cny("6000000.00"));
        assertThat(partlySold.proceeds()).isEqualTo(cny("5000000.00"));
        assertThat(partlySold.realisedGain()).isEqualTo(cny("3800000.00"));
        assertThat(partlySold.unrealisedGain()).isEqualTo(cny("4200000.00"));
        assertThat(partlySold.moic()).isEqualTo(Ratio.of("3.6667"));
        assertThat(partlySold.closed()).isFalse();
        assertThat(partlySold.exits()).singleElement().satisfies(exit -> {
            assertThat(exit.exitId()).isEqualTo("exit-1");
            assertThat(exit.share()).isEqualTo(Ratio.of("0.40"));
            assertThat(exit.buyer()).isEqualTo("Xiamen C&D Group");
            assertThat(exit.reversed()).isFalse();
        });
        assertThat(after.netAssets()).isEqualTo(new FundStateView.NetAssets(cny("60000000.00"), cny("3000000.00"),
                cny("0.00"), cny("0.00"), cny("5000000.00"), cny("0.00"), cny("62000000.00"), cny("6000000.00"),
                cny("68000000.00")));
    }

    @Test
    void anExitReversedShowsAsKnownBeforeTheCorrectionAndNoLongerCountsAfterIt() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(), direct("deal-1", "3000000.00", "2017-06-01"),
                valuation("val-1", "10000000.00", "2018-12-31"),
                exit(ExitKind.SALE, "exit-1", "0.40", "5000000.00", "1200000.00", "3800000.00", null, "2019-03-01"),
                new ExitReversed(FUND, new CorrectionId("fix-exit"), new InvestmentId("deal-1"), new ExitId("exit-1"),
                        cny("5000000.00"), cny("1200000.00"), cny("3800000.00"), false, "the buyer did not pay",
                        date("2019-04-01")));
        Instant corrected = stream.get(9).recordedAt();

        FundStateView knownBefore = rebuilt(stream, "2019-12-31", corrected.minusMillis(1));
        FundStateView knownAfter = rebuilt(stream, "2019-12-31", corrected);
        FundStateView beforeItsDate = rebuilt(stream, "2019-03-31", corrected);

        assertThat(knownBefore.holdings().get(0).fairValue()).isEqualTo(cny("6000000.00"));
        assertThat(knownBefore.netAssets().cash()).isEqualTo(cny("62000000.00"));
        assertThat(beforeItsDate.holdings().get(0).exits().get(0).reversed())
                .as("a reversal counts from its own business date").isFalse();
        FundStateView.Holding heldAgain = knownAfter.holdings().get(0);
        assertThat(heldAgain.exits()).singleElement().satisfies(exit -> {
            assertThat(exit.reversed()).isTrue();
            assertThat(exit.reversal()).isEqualTo(new Reversal("fix-exit", date("2019-04-01"), "the buyer did not pay",
                    stream.get(9).position(), corrected));
            assertThat(exit.fundProceeds()).as("the fact stays as recorded").isEqualTo(cny("5000000.00"));
        });
        assertThat(heldAgain.remainingCost()).isEqualTo(cny("3000000.00"));
        assertThat(heldAgain.fairValue()).isEqualTo(cny("10000000.00"));
        assertThat(heldAgain.proceeds()).isEqualTo(cny("0.00"));
        assertThat(heldAgain.realisedGain()).isEqualTo(cny("0.00"));
        assertThat(knownAfter.netAssets().cash()).isEqualTo(cny("57000000.00"));
        assertThat(knownAfter.netAssets().nav()).isEqualTo(cny("67000000.00"));
    }

    @Test
    void aBackDatedCededExitKnownLaterClosesTheHoldingOnlyInAnswersKnownAfterItWasRecorded() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(), direct("deal-1", "3000000.00", "2017-06-01"),
                valuation("val-1", "8000000.00", "2020-12-31"),
                // recorded after the valuation, dated before it: ceded at cost plus 4.35% a year after the free years
                exit(ExitKind.CEDED, "ceded-1", "1", "3394520.55", "3000000.00", "394520.55", cny("3394520.55"),
                        "2020-06-01"));
        Instant exitRecorded = stream.get(8).recordedAt();

        FundStateView knownBefore = rebuilt(stream, "2020-12-31", exitRecorded.minusMillis(1));
        FundStateView knownAfter = rebuilt(stream, "2020-12-31", exitRecorded);
        FundStateView dayBeforeTheExit = rebuilt(stream, "2020-05-31", exitRecorded);

        assertThat(knownBefore.holdings().get(0).closed()).isFalse();
        assertThat(knownBefore.holdings().get(0).fairValue()).isEqualTo(cny("8000000.00"));
        assertThat(knownBefore.netAssets().nav()).isEqualTo(cny("65000000.00"));
        FundStateView.Holding closed = knownAfter.holdings().get(0);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.fairValue()).as("a closed holding is worth nothing, whatever its valuations")
                .isEqualTo(cny("0.00"));
        assertThat(closed.remainingCost()).isEqualTo(cny("0.00"));
        assertThat(closed.proceeds()).isEqualTo(cny("3394520.55"));
        assertThat(closed.realisedGain()).isEqualTo(cny("394520.55"));
        assertThat(closed.exits().get(0).cededPrice()).isEqualTo(cny("3394520.55"));
        assertThat(closed.exits().get(0).kind()).isEqualTo(ExitKind.CEDED);
        assertThat(knownAfter.netAssets().cash()).isEqualTo(cny("60394520.55"));
        assertThat(knownAfter.netAssets().fairValue()).isEqualTo(cny("0.00"));
        assertThat(knownAfter.netAssets().nav()).isEqualTo(cny("60394520.55"));
        assertThat(dayBeforeTheExit.holdings().get(0).closed()).isFalse();
        assertThat(dayBeforeTheExit.holdings().get(0).fairValue()).as("not yet valued: carried at cost")
                .isEqualTo(cny("3000000.00"));
    }

    @Test
    void aWriteOffRealisesTheCostAsALossAndAReversedValuationFallsBackToTheOneBefore() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(), direct("deal-1", "3000000.00", "2017-06-01"),
                direct("deal-2", "2000000.00", "2017-07-01"),
                valuation("val-1", "4000000.00", "2018-06-30"), valuation("val-2", "9000000.00", "2018-12-31"),
                new ValuationReversed(FUND, new CorrectionId("fix-val-2"), new InvestmentId("deal-1"),
                        new ValuationId("val-2"), cny("9000000.00"), "the peers were not comparable",
                        date("2019-01-15")),
                new HoldingExited(FUND, new InvestmentId("deal-2"), new ExitId("gone"), ExitKind.WRITE_OFF,
                        Ratio.of("1"), cny("0.00"), null, cny("0.00"), cny("2000000.00"), cny("-2000000.00"), null,
                        null, false, true, date("2019-02-01")));

        FundStateView state = rebuilt(stream, "2019-12-31", NOW);

        FundStateView.Holding revalued = state.holdings().get(0);
        assertThat(revalued.fairValue()).isEqualTo(cny("4000000.00"));
        assertThat(revalued.valuationDate()).isEqualTo(date("2018-06-30"));
        assertThat(revalued.valuations()).extracting(FundStateView.Valuation::valuationId,
                FundStateView.Valuation::reversed).containsExactly(tuple("val-1", false),
                tuple("val-2", true));
        assertThat(revalued.valuations().get(1).method()).isEqualTo(ValuationMethod.MULTIPLES);
        FundStateView.Holding writtenOff = state.holdings().get(1);
        assertThat(writtenOff.closed()).isTrue();
        assertThat(writtenOff.realisedGain()).isEqualTo(cny("-2000000.00"));
        assertThat(writtenOff.moic()).isEqualTo(Ratio.of("0.0000"));
        assertThat(state.netAssets().cash()).isEqualTo(cny("55000000.00"));
        assertThat(state.netAssets().nav()).isEqualTo(cny("59000000.00"));
        assertThat(rebuilt(stream, "2019-01-14", NOW).holdings().get(0).fairValue())
                .as("before the correction's date the later valuation stands").isEqualTo(cny("9000000.00"));
    }

    @Test
    void showsDistributionsWithTheirAllocationsAndTotalsAndAReversalAsKnownBeforeAndAfter() {
        List<DistributionAllocation> allocations = List.of(
                new DistributionAllocation(new CommitmentId("central"), "investor central",
                        CapitalSource.CENTRAL_FISCAL, cny("4000000.00"), cny("4000000.00"), cny("0.00")),
                new DistributionAllocation(new CommitmentId("city"), "investor city", CapitalSource.LOCAL_FISCAL,
                        cny("2000000.01"), cny("2000000.00"), cny("0.01")));
        List<FundStreamEvent> stream = stream(launched(), seedCapital(),
                new CapitalDistributed(FUND, new DistributionId("dist-1"), cny("6000000.01"), date("2019-09-01"),
                        allocations, cny("0.00"), cny("6000000.01")),
                new DistributionReversed(FUND, new CorrectionId("fix-dist"), new DistributionId("dist-1"),
                        cny("6000000.01"), allocations, cny("0.00"), cny("6000000.01"), "paid to the wrong accounts",
                        date("2019-09-02")));
        Instant corrected = stream.get(7).recordedAt();

        FundStateView knownBefore = rebuilt(stream, "2019-12-31", corrected.minusMillis(1));
        FundStateView knownAfter = rebuilt(stream, "2019-12-31", corrected);

        assertThat(knownBefore.distributions()).singleElement().satisfies(paid -> {
            assertThat(paid.distributionId()).isEqualTo("dist-1");
            assertThat(paid.amount()).isEqualTo(cny("6000000.01"));
            assertThat(paid.fromCapital()).isEqualTo(cny("6000000.01"));
            assertThat(paid.allocations()).containsExactly(
                    new FundStateView.DistributionShare("central", "investor central", CapitalSource.CENTRAL_FISCAL,
                            cny("4000000.00"), cny("4000000.00"), cny("0.00")),
                    new FundStateView.DistributionShare("city", "investor city", CapitalSource.LOCAL_FISCAL,
                            cny("2000000.01"), cny("2000000.00"), cny("0.01")));
            assertThat(paid.reversed()).isFalse();
        });
        FundStateView.Distributed totals = knownBefore.distributed();
        assertThat(totals.amount()).isEqualTo(cny("6000000.01"));
        assertThat(totals.returnOfCapital()).isEqualTo(cny("6000000.00"));
        assertThat(totals.gain()).isEqualTo(cny("0.01"));
        assertThat(totals.byInvestor()).isEqualTo(Map.of("investor central", cny("4000000.00"),
                "investor city", cny("2000000.01")));
        assertThat(totals.bySource()).containsEntry(CapitalSource.CENTRAL_FISCAL, cny("4000000.00"))
                .containsEntry(CapitalSource.LOCAL_FISCAL, cny("2000000.01"))
                .containsEntry(CapitalSource.SOCIAL, cny("0.00"));
        assertThat(knownBefore.netAssets().distributed()).isEqualTo(cny("6000000.01"));
        assertThat(knownBefore.netAssets().cash()).isEqualTo(cny("53999999.99"));

        assertThat(knownAfter.distributions().get(0).reversed()).isTrue();
        assertThat(knownAfter.distributions().get(0).reversal().correctionId()).isEqualTo("fix-dist");
        assertThat(knownAfter.distributed().amount()).isEqualTo(cny("0.00"));
        assertThat(knownAfter.distributed().byInvestor()).isEmpty();
        assertThat(knownAfter.netAssets().cash()).isEqualTo(cny("60000000.00"));
    }

    @Test
    void aReversedCapitalCallNoLongerCountsAsCalledFromTheCorrectionsDate() {
        List<FundStreamEvent> stream = stream(launched(), seedCapital(),
                new CapitalCalled(FUND, new CallId("call-2"), cny("30000000.00"), date("2017-09-01"), null, List.of(
                        new CallAllocation(new CommitmentId("central"), CapitalSource.CENTRAL_FISCAL,
                                cny("20000000.00")),
                        new CallAllocation(new CommitmentId("city"), CapitalSource.LOCAL_FISCAL,
                                cny("10000000.00")))),
                new CapitalCallReversed(FUND, new CorrectionId("fix-call-2"), new CallId("call-2"),
                        cny("30000000.00"), List.of(new CallAllocation(new CommitmentId("central"),
                                CapitalSource.CENTRAL_FISCAL, cny("20000000.00")), new CallAllocation(
                                new CommitmentId("city"), CapitalSource.LOCAL_FISCAL, cny("10000000.00"))),
                        "called twice", date("2017-09-05")));

        FundStateView called = rebuilt(stream, "2017-09-04", NOW);
        FundStateView reversed = rebuilt(stream, "2017-09-05", NOW);
        FundStateView knownBefore = rebuilt(stream, "2017-09-05", stream.get(7).recordedAt().minusMillis(1));

        assertThat(called.capital().called()).isEqualTo(cny("90000000.00"));
        assertThat(called.bySource().get(CapitalSource.CENTRAL_FISCAL).called()).isEqualTo(cny("60000000.00"));
        assertThat(knownBefore.capital().called()).isEqualTo(cny("90000000.00"));
        assertThat(reversed.capital().called()).isEqualTo(cny("60000000.00"));
        assertThat(reversed.capital().uncalled()).isEqualTo(cny("240000000.00"));
        assertThat(reversed.bySource().get(CapitalSource.CENTRAL_FISCAL).called()).isEqualTo(cny("40000000.00"));
        assertThat(reversed.capitalCalls()).extracting(FundStateView.CapitalCall::callId,
                FundStateView.CapitalCall::reversed).containsExactly(tuple("call-1", false),
                tuple("call-2", true));
        assertThat(reversed.capitalCalls().get(1).reversal().reason()).isEqualTo("called twice");
    }

    @Test
    void aParentsStakeInASubFundIsAHoldingAndItsCashCountsWhatTheSubFundRecordedAsPaidInAgainstIt() {
        List<FundStreamEvent> parent = stream(launched(), seedCapital(),
                new SubFundCommitted(FUND, SUB, "Xiamen IP Sub-fund No. 1", cny("100000000.00"),
                        new CommitmentId("sub-1-parent"), cny("25000000.00"), CapitalSource.LOCAL_FISCAL,
                        date("2018-01-10")));
        Instant paidRecorded = NOW.minus(Duration.ofDays(10));
        List<FundStreamEvent> subFund = List.of(
                new FundStreamEvent(897, 0, FIRST_RECORDED, new SubFundLaunched(SUB, "Xiamen IP Sub-fund No. 1",
                        Currency.getInstance("CNY"), date("2018-01-10"), FundPolicy.none(), FUND,
                        cny("100000000.00"), new CommitmentId("sub-1-parent"))),
                new FundStreamEvent(898, 1, FIRST_RECORDED, new CommitmentRecorded(SUB,
                        new CommitmentId("sub-1-parent"), FUND.value(), CapitalSource.LOCAL_FISCAL,
                        cny("25000000.00"), date("2018-01-10"))),
                new FundStreamEvent(899, 2, FIRST_RECORDED, new CommitmentRecorded(SUB, new CommitmentId("social-a"),
                        "Haixi Venture", CapitalSource.SOCIAL, cny("75000000.00"), date("2018-01-15"))),
                new FundStreamEvent(900, 3, FIRST_RECORDED, new ContributionReceived(SUB, new ContributionId("s-paid"),
                        new CommitmentId("sub-1-parent"), new CallId("s-call"), CapitalSource.LOCAL_FISCAL,
                        cny("10000000.00"), date("2018-01-20"))),
                new FundStreamEvent(901, 4, FIRST_RECORDED, new ContributionReceived(SUB, new ContributionId("social"),
                        new CommitmentId("social-a"), new CallId("s-call"), CapitalSource.SOCIAL,
                        cny("30000000.00"), date("2018-01-20"))),
                new FundStreamEvent(902, 5, paidRecorded, new ContributionReceived(SUB, new ContributionId("s-paid-2"),
                        new CommitmentId("sub-1-parent"), new CallId("s-call-2"), CapitalSource.LOCAL_FISCAL,
                        cny("5000000.00"), date("2018-03-01"))),
                new FundStreamEvent(903, 6, paidRecorded, new ContributionReversed(SUB, new CorrectionId("fix-s"),
                        new ContributionId("s-paid"), new CommitmentId("sub-1-parent"), new CallId("s-call"),
                        CapitalSource.LOCAL_FISCAL, cny("10000000.00"), "returned", date("2018-06-01"))));

        FundStateView march = FundStateAsKnown.rebuild(parent, List.of(), Map.of(SUB.value(), subFund),
                date("2018-03-01"), NOW).orElseThrow();
        FundStateView marchKnownBefore = FundStateAsKnown.rebuild(parent, List.of(), Map.of(SUB.value(), subFund),
                date("2018-03-01"), paidRecorded.minusMillis(1)).orElseThrow();
        FundStateView june = FundStateAsKnown.rebuild(parent, List.of(), Map.of(SUB.value(), subFund),
                date("2018-06-01"), NOW).orElseThrow();

        assertThat(march.holdings()).singleElement().satisfies(stake -> {
            assertThat(stake.investmentId()).isEqualTo("xm-sub-1");
            assertThat(stake.kind()).isEqualTo(FundStateView.HoldingKind.SUB_FUND);
            assertThat(stake.cost()).isEqualTo(cny("25000000.00"));
            // unvalued: the parent's share of the sub-fund's NAV, 15,000,000 of the 45,000,000 paid in, all of it
            // still cash in the sub-fund
            assertThat(stake.fairValue()).as("a third of the sub-fund's NAV").isEqualTo(cny("15000000.00"));
        });
        assertThat(march.netAssets().paidIntoSubFunds()).isEqualTo(cny("15000000.00"));
        assertThat(march.netAssets().cash()).isEqualTo(cny("45000000.00"));
        assertThat(march.netAssets().nav()).as("what was paid into the sub-fund is still worth what it was")
                .isEqualTo(cny("60000000.00"));
        assertThat(marchKnownBefore.netAssets().paidIntoSubFunds()).isEqualTo(cny("10000000.00"));
        assertThat(june.netAssets().paidIntoSubFunds()).isEqualTo(cny("5000000.00"));
    }

    // ---- the story's facts ----

    private static FundStateView rebuilt(List<FundStreamEvent> stream, String asOf, Instant knownAt) {
        return FundStateAsKnown.rebuild(stream, date(asOf), knownAt).orElseThrow();
    }

    /** The events in stream order, each stored a minute after the one before, at positions that other funds' interleave. */
    private static List<FundStreamEvent> stream(Object... facts) {
        List<Object> flat = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof List<?> several) {
                flat.addAll(several);
            } else {
                flat.add(fact);
            }
        }
        List<FundStreamEvent> stream = new ArrayList<>();
        for (int sequence = 0; sequence < flat.size(); sequence++) {
            stream.add(new FundStreamEvent(100 + 3L * sequence, sequence,
                    FIRST_RECORDED.plus(Duration.ofMinutes(sequence)), flat.get(sequence)));
        }
        return stream;
    }

    /** The Xiamen guidance fund, with the seed's policy: share cap 30%, 返投 1.5×. */
    private static FundLaunched launched() {
        return new FundLaunched(FUND, "Xiamen Belt and Road IP guidance fund", FundType.GUIDANCE, CNY,
                date("2017-03-01"), new FundPolicy(List.of(new PolicyTerms(date("2017-03-01"), Ratio.of("0.30"),
                        cny("150000000.00"), Ratio.of("1.50"), Ratio.of("0.50"), 365, null))));
    }

    /** CNY 300m committed by central and local fiscal money, 60m called pro rata and paid in. */
    private static List<Object> seedCapital() {
        return List.of(
                commitment("central", CapitalSource.CENTRAL_FISCAL, "200000000.00", "2017-03-02"),
                commitment("city", CapitalSource.LOCAL_FISCAL, "100000000.00", "2017-03-02"),
                new CapitalCalled(FUND, new CallId("call-1"), cny("60000000.00"), date("2017-04-01"), null, List.of(
                        new CallAllocation(new CommitmentId("central"), CapitalSource.CENTRAL_FISCAL,
                                cny("40000000.00")),
                        new CallAllocation(new CommitmentId("city"), CapitalSource.LOCAL_FISCAL,
                                cny("20000000.00")))),
                new ContributionReceived(FUND, new ContributionId("paid-central"), new CommitmentId("central"),
                        new CallId("call-1"), CapitalSource.CENTRAL_FISCAL, cny("40000000.00"), date("2017-04-10")),
                new ContributionReceived(FUND, new ContributionId("paid-city"), new CommitmentId("city"),
                        new CallId("call-1"), CapitalSource.LOCAL_FISCAL, cny("20000000.00"), date("2017-04-10")));
    }

    private static ValuationRecorded valuation(String id, String fairValue, String date) {
        return new ValuationRecorded(FUND, new InvestmentId("deal-1"), new ValuationId(id), cny(fairValue), null,
                cny(fairValue), date(date), ValuationMethod.MULTIPLES, "EV/EBITDA of listed peers");
    }

    private static HoldingExited exit(ExitKind kind, String id, String share, String proceeds, String costReleased,
                                      String realisedGain, Money cededPrice, String date) {
        return new HoldingExited(FUND, new InvestmentId("deal-1"), new ExitId(id), kind, Ratio.of(share),
                cny(proceeds), null, cny(proceeds), cny(costReleased), cny(realisedGain), cededPrice,
                "Xiamen C&D Group", false, share.equals("1"), date(date));
    }

    private static CommitmentRecorded commitment(String id, CapitalSource source, String amount, String date) {
        return new CommitmentRecorded(FUND, new CommitmentId(id), "investor " + id, source, cny(amount), date(date));
    }

    private static DirectInvestmentRecorded direct(String id, String amount, String date) {
        return new DirectInvestmentRecorded(FUND, new InvestmentId(id), new Company("Xiamen Patent Operation Co.",
                null, null, null), cny(amount), null, cny(amount), date(date), true);
    }

    private static Money cny(String amount) {
        return new Money(new BigDecimal(amount), CNY);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
