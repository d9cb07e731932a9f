package org.ipfund.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.AmendmentId;
import org.ipfund.domain.policy.CededExitPricing;
import org.ipfund.domain.policy.CededExitTerms;
import org.ipfund.domain.policy.PolicyAmended;
import org.ipfund.domain.policy.PolicyTerms;
import org.junit.jupiter.api.Test;

/**
 * {@code governmentShareCap}, then {@code cededExit} and {@code recycleProceeds}, joined the policy terms after events
 * were stored without them: such an event still loads, with the terms not set, and a new one reads back as written.
 */
class PolicyTermsStoredFormTest {

    private static final Serializer STORED = StoredMessageJson.serializer();

    /** A PolicyAmended as the store held it before the term existed. */
    private static final String BEFORE_THE_GOVERNMENT_SHARE_CAP = """
            {"fundId":"xm-guidance","amendmentId":"city-2018","terms":{"effectiveFrom":"2018-01-01",
             "shareCap":{"value":0.30},"shareCapAmount":{"amount":150000000.00,"currency":"CNY"},
             "returnInvestmentMultiple":null,"followOnMaxShareOfLead":{"value":0.50},"followOnWindowDays":365,
             "investUncalledCommitments":false}}""";

    @Test
    void anAmendmentStoredBeforeTheGovernmentShareCapLoadsWithItNotSet() {
        PolicyAmended read = read(BEFORE_THE_GOVERNMENT_SHARE_CAP);

        assertThat(read).isEqualTo(new PolicyAmended(new FundId("xm-guidance"), new AmendmentId("city-2018"),
                new PolicyTerms(LocalDate.parse("2018-01-01"), Ratio.of("0.30"), Money.of("150000000.00", "CNY"),
                        null, Ratio.of("0.50"), 365, false, null)));
    }

    @Test
    void anAmendmentWithTheGovernmentShareCapReadsBackAsWritten() {
        PolicyAmended written = new PolicyAmended(new FundId("xm-guidance"), new AmendmentId("xiamen-50"),
                new PolicyTerms(LocalDate.parse("2018-01-01"), null, null, null, null, null, null, Ratio.of("0.50")));
        String json = new String(STORED.serialize(written, byte[].class).getData(), StandardCharsets.UTF_8);

        assertThat(json).contains("\"governmentShareCap\":{\"value\":0.50}");
        assertThat(read(json)).isEqualTo(written);
    }

    @Test
    void anAmendmentWithCededExitTermsAndRecycledProceedsReadsBackAsWritten() {
        PolicyAmended written = new PolicyAmended(new FundId("xm-guidance"), new AmendmentId("ceded-2019"),
                new PolicyTerms(LocalDate.parse("2019-01-01"), null, null, null, null, null, null, null,
                        new CededExitTerms(3, new BigDecimal("0.0435"), CededExitPricing.AT_LEAST), false));
        String json = new String(STORED.serialize(written, byte[].class).getData(), StandardCharsets.UTF_8);

        assertThat(json).contains(
                "\"cededExit\":{\"freeYears\":3,\"annualRate\":0.0435,\"pricing\":\"AT_LEAST\"}",
                "\"recycleProceeds\":false");
        assertThat(read(json)).isEqualTo(written);
        assertThat(read(json).terms().cededExit().annualRate()).hasToString("0.0435");
    }

    @Test
    void anAmendmentStoredBeforeTheExitTermsLoadsWithThemNotSet() {
        PolicyAmended read = read(BEFORE_THE_GOVERNMENT_SHARE_CAP);

        assertThat(read.terms().cededExit()).isNull();
        assertThat(read.terms().recycleProceeds()).isNull();
    }

    private static PolicyAmended read(String json) {
        return STORED.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                PolicyAmended.class.getName(), null));
    }
}
