package org.ipfund.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

/** What operators watch, scraped as Prometheus does: commands by type, refusals by code, each view's lag. */
class OperatorMetricsEndToEndTest extends EndToEndTest {

    @Test
    void commandsAreTimedByTypeAndRefusalsCountedByCode() {
        String fund = newFundId();
        recorded(api().post("/api/funds", launch(fund, "2017-03-01")));
        double refusedBefore = sampleOrZero(scrape(), "ipfund_refusals_total", "code=\"DATE_BEFORE_LAUNCH\"");
        recorded(api().post("/api/funds/" + fund + "/commitments",
                commitment("c1", "Xiamen Finance Bureau", "LOCAL_FISCAL", "100.00", "2017-03-02")));
        assertThat(api().post("/api/funds/" + fund + "/commitments",
                commitment("c2", "Xiamen Finance Bureau", "LOCAL_FISCAL", "100.00", "2017-02-01")).status())
                .isEqualTo(409);

        String scraped = scrape();
        assertThat(sample(scraped, "ipfund_refusals_total", "code=\"DATE_BEFORE_LAUNCH\"")).isEqualTo(refusedBefore + 1);
        // latency (quantiles) and rate (the count) of each command type, accepted and refused alike
        assertThat(sample(scraped, "commandBus_allTimer_seconds_count", "payloadType=\"RecordCommitment\""))
                .isGreaterThanOrEqualTo(2);
        assertThat(scraped).containsPattern(
                "(?m)^commandBus_allTimer_seconds\\{payloadType=\"RecordCommitment\",quantile=\"0.99\"\\} ");
    }

    @Test
    void eachViewsLagIsExposedInEventsAndSecondsWithItsRebuildProgress() {
        long position = recorded(api().post("/api/funds", launch(newFundId(), "2017-03-01")));
        api().get("/api/funds?minPosition=" + position);
        String scraped = scrape();
        for (String view : new String[] {"audit-ledger", "capital-position", "distributions", "portfolio"}) {
            String tag = "projection=\"" + view + "\"";
            assertThat(sample(scraped, "ipfund_projection_lag", tag)).as("lag of %s", view).isGreaterThanOrEqualTo(0);
            assertThat(sample(scraped, "ipfund_projection_lag_seconds", tag)).as("lag in seconds of %s", view)
                    .isGreaterThanOrEqualTo(0);
            assertThat(sample(scraped, "ipfund_projection_rebuild_progress", tag)).as("progress of %s", view)
                    .isBetween(0.0, 1.0);
        }
    }

    private String scrape() {
        Api.Response scraped = api().get("/actuator/prometheus");
        assertThat(scraped.status()).isEqualTo(200);
        return scraped.body();
    }

    /** The value of the first sample of {@code metric} whose labels contain {@code label}; there must be one. */
    private static double sample(String scraped, String metric, String label) {
        Double value = find(scraped, metric, label);
        assertThat(value).as("a sample of %s{%s}", metric, label).isNotNull();
        return value;
    }

    /** A counter not yet incremented is not exported at all: that is a count of 0. */
    private static double sampleOrZero(String scraped, String metric, String label) {
        Double value = find(scraped, metric, label);
        return value == null ? 0 : value;
    }

    private static Double find(String scraped, String metric, String label) {
        Matcher line = Pattern.compile("(?m)^" + metric + "\\{([^}]*)\\} (\\S+)$").matcher(scraped);
        while (line.find()) {
            if (line.group(1).contains(label)) {
                return Double.parseDouble(line.group(2));
            }
        }
        return null;
    }
}
