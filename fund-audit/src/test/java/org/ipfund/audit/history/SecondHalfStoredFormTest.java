package org.ipfund.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.DistributionAllocation;
import org.ipfund.domain.fund.DistributionId;
import org.ipfund.domain.holding.ExitId;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.holding.ValuationId;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.holding.ValuationRecorded;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.junit.jupiter.api.Test;

/**
 * The facts of a fund's second half as the store writes them, beyond the catalogue's one example each: a sale with no
 * ceded price and a loss, a write-off with neither buyer nor proceeds, a distribution over several commitments, and a
 * valuation of a holding abroad read back exactly as written.
 */
class SecondHalfStoredFormTest {

    private static final Serializer STORED = StoredMessageJson.serializer();
    private static final FundId FUND = new FundId("xm-guidance");

    @Test
    void aSaleAtALossWithNoCededPriceReadsBackAsWritten() {
        HoldingExited written = new HoldingExited(FUND, new InvestmentId("astana-1"), new ExitId("exit-1"),
                ExitKind.SALE, Ratio.of("0.40"), Money.of("60000.00", "USD"), ExchangeRate.of("6.8890"),
                cny("413340.00"), cny("551120.00"), cny("-137780.00"), null, "Kazakh buyer", false, false,
                LocalDate.parse("2019-03-01"));

        String json = json(written);

        assertThat(json).contains("\"realisedGain\":{\"amount\":-137780.00,\"currency\":\"CNY\"}")
                .contains("\"cededPrice\":null");
        assertThat(read(json, HoldingExited.class)).isEqualTo(written);
    }

    @Test
    void aWriteOffAndItsReversalReadBackAsWritten() {
        HoldingExited writtenOff = new HoldingExited(FUND, new InvestmentId("deal-2"), new ExitId("gone"),
                ExitKind.WRITE_OFF, Ratio.of("1"), cny("0.00"), null, cny("0.00"), cny("2000000.00"),
                cny("-2000000.00"), null, null, true, true, LocalDate.parse("2019-02-01"));
        ExitReversed reversed = new ExitReversed(FUND, new CorrectionId("fix-gone"), new InvestmentId("deal-2"),
                new ExitId("gone"), cny("0.00"), cny("2000000.00"), cny("-2000000.00"), true, "it was sold after all",
                LocalDate.parse("2019-02-15"));

        assertThat(read(json(writtenOff), HoldingExited.class)).isEqualTo(writtenOff);
        assertThat(read(json(reversed), ExitReversed.class)).isEqualTo(reversed);
    }

    @Test
    void aDistributionOverSeveralCommitmentsReadsBackWithItsAllocationsInOrder() {
        CapitalDistributed written = new CapitalDistributed(FUND, new DistributionId("dist-1"), cny("6000000.01"),
                LocalDate.parse("2019-09-01"), List.of(
                        new DistributionAllocation(new CommitmentId("central"), "Central finance",
                                CapitalSource.CENTRAL_FISCAL, cny("4000000.00"), cny("4000000.00"), cny("0.00")),
                        new DistributionAllocation(new CommitmentId("city"), "Xiamen Finance Bureau",
                                CapitalSource.LOCAL_FISCAL, cny("2000000.01"), cny("2000000.00"), cny("0.01"))),
                cny("3394520.55"), cny("2605479.46"));

        assertThat(read(json(written), CapitalDistributed.class)).isEqualTo(written);
    }

    @Test
    void aValuationAbroadWithNoNoteReadsBackAsWritten() {
        ValuationRecorded written = new ValuationRecorded(FUND, new InvestmentId("astana-1"), new ValuationId("v-1"),
                Money.of("210000.00", "USD"), ExchangeRate.of("6.9"), cny("1449000.00"),
                LocalDate.parse("2018-12-31"), ValuationMethod.RECENT_TRANSACTION, null);

        assertThat(read(json(written), ValuationRecorded.class)).isEqualTo(written);
    }

    private static String json(Object event) {
        return new String(STORED.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);
    }

    private static <T> T read(String json, Class<T> type) {
        return type.cast(STORED.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, type.getName(), null)));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
