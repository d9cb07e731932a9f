package org.ipfund.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.SubFundLaunched;
import org.ipfund.domain.investment.CoInvestmentId;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.DirectInvestmentRecorded;
import org.ipfund.domain.investment.FollowOnInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.investment.Lead;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.policy.AmendmentId;
import org.ipfund.domain.policy.PolicyAmended;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event survives the trip through the serializer the event store uses, exactly. */
class EventSerializationTest {

    private static final Serializer SERIALIZER = EventSerialization.storedMessageSerializer();
    private static final FundId FUND = new FundId("xm-guidance");
    private static final LocalDate DAY = LocalDate.of(2017, 3, 1);

    static Stream<Object> events() {
        Money fiveMillion = Money.of("5000000.00", "CNY");
        return Stream.of(
                new FundLaunched(FUND, "厦门一带一路知识产权运营基金", FundType.GUIDANCE, Currency.getInstance("CNY"), DAY,
                        new FundPolicy(List.of(
                                new PolicyTerms(DAY, Ratio.of("0.30"), Money.of("150000000.00", "CNY"), Ratio.of("1.50"),
                                        Ratio.of("0.50"), 365, false),
                                new PolicyTerms(DAY.plusYears(8), null, null, Ratio.of("1.00"), null, null, null)))),
                new FundLaunched(FUND, "empty policy", FundType.SUB, Currency.getInstance("JPY"), DAY, FundPolicy.none()),
                new CommitmentRecorded(FUND, new CommitmentId("c1"), "Xiamen Finance Bureau", CapitalSource.LOCAL_FISCAL,
                        fiveMillion, DAY),
                new CapitalCalled(FUND, new CallId("k1"), Money.of("0.03", "CNY"), DAY, DAY.plusDays(30), List.of(
                        new CallAllocation(new CommitmentId("c1"), CapitalSource.LOCAL_FISCAL, Money.of("0.02", "CNY")),
                        new CallAllocation(new CommitmentId("c2"), CapitalSource.SOCIAL, Money.of("0.01", "CNY")))),
                new CapitalCalled(FUND, new CallId("k2"), fiveMillion, DAY, null, List.of()),
                new ContributionReceived(FUND, new ContributionId("p1"), new CommitmentId("c1"), new CallId("k1"),
                        CapitalSource.LOCAL_FISCAL, Money.of("0.02", "CNY"), DAY),
                new DirectInvestmentRecorded(FUND, new InvestmentId("d1"), new Company("厦门专利运营有限公司", "IP", "CN",
                        "Xiamen"), fiveMillion, null, fiveMillion, DAY, true),
                new FollowOnInvestmentRecorded(FUND, new InvestmentId("d2"), new Company("Astana Patents", null, "KZ",
                        null), Money.of("100000.01", "USD"), ExchangeRate.of("7.123456"), Money.of("712346.31", "CNY"),
                        DAY, new Lead("Silk Road Fund", Money.of("200000.02", "USD"), DAY.minusDays(3)), false),
                new FollowOnInvestmentRecorded(FUND, new InvestmentId("d3"), new Company("later round", null, null,
                        null), fiveMillion, null, fiveMillion, DAY, null, false),
                new CoInvestmentRecorded(FUND, new InvestmentId("d1"), new CoInvestmentId("x1"), "Xiamen State Capital",
                        CapitalSource.STATE_OWNED, Money.of("31000000.00", "CNY"), null,
                        Money.of("31000000.00", "CNY"), DAY),
                new SubFundCommitted(FUND, new FundId("sub-1"), "子基金一号", Money.of("100000000.00", "CNY"),
                        new CommitmentId("c9"), Money.of("25000000.00", "CNY"), CapitalSource.LOCAL_FISCAL, DAY),
                new SubFundLaunched(new FundId("sub-1"), "子基金一号", Currency.getInstance("CNY"), DAY,
                        FundPolicy.none(), FUND, Money.of("100000000.00", "CNY"), new CommitmentId("c9")),
                new PolicyAmended(FUND, new AmendmentId("city-2025"), new PolicyTerms(DAY.plusYears(8), null, null, Ratio.of("1.00"), null, null,
                        null)),
                new CommitmentReversed(FUND, new CorrectionId("r1"), new CommitmentId("c1"),
                        CapitalSource.LOCAL_FISCAL, fiveMillion, "recorded twice", DAY),
                new ContributionReversed(FUND, new CorrectionId("r2"), new ContributionId("p1"),
                        new CommitmentId("c1"), new CallId("k1"), CapitalSource.LOCAL_FISCAL, Money.of("0.02", "CNY"),
                        "bounced", DAY),
                new InvestmentReversed(FUND, new CorrectionId("r3"), new InvestmentId("d1"), fiveMillion,
                        "wrong fund", DAY),
                new CoInvestmentReversed(FUND, new CorrectionId("r4"), new InvestmentId("d1"),
                        new CoInvestmentId("x1"), "Xiamen State Capital", CapitalSource.STATE_OWNED,
                        Money.of("31000000.00", "CNY"), "never signed", DAY));
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventReadsBackEqualToWhatWasWritten(Object event) {
        SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);
        Object read = SERIALIZER.deserialize(stored);
        assertThat(read).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("events")
    void storedJsonIsPlainAndExact(Object event) {
        String json = new String(SERIALIZER.serialize(event, byte[].class).getData(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).containsPattern("\"(fundId|parentFundId)\":\"xm-guidance\"");
        assertThat(json).doesNotContain("\"zero\"").doesNotContain("E+").doesNotContain("{\"value\":\"");
    }

    @org.junit.jupiter.api.Test
    void amountsKeepTheirCurrencysScaleAndDatesAreIso() {
        String json = new String(SERIALIZER.serialize(new CommitmentRecorded(FUND, new CommitmentId("c1"), "x",
                CapitalSource.SOCIAL, Money.of("10", "CNY"), DAY), byte[].class).getData(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"amount\":10.00").contains("\"date\":\"2017-03-01\"")
                .contains("\"commitmentId\":\"c1\"");
    }
}
