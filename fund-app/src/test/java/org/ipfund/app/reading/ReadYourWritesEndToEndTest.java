package org.ipfund.app.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.app.testing.Funds;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * By default a read sees every write the service acknowledged before the read arrived, from any client, without
 * naming a position: here the capital view is held back while a write is answered, and a read sent right after (by
 * another user) waits for the view instead of answering 404 or a figure without the write, also when the write went
 * to a sub-fund and the read is of its parent's figures.
 */
class ReadYourWritesEndToEndTest extends EndToEndTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void aFundJustLaunchedIsFoundByTheNextReadWithoutAPosition() throws Exception {
        String fund = newFundId();
        Api.Response read = whileTheCapitalViewIsHeldBack(
                () -> assertThat(api().post("/api/funds", launch(fund, "2017-03-01")).status()).isEqualTo(201),
                () -> api().as("finance").get("/api/funds/" + fund));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("fundId").asText()).isEqualTo(fund);
    }

    @Test
    void aCommitmentJustRecordedCountsInTheNextReadOfItsFund() throws Exception {
        String fund = newFundId();
        assertThat(api().post("/api/funds", launch(fund, "2017-03-01")).status()).isEqualTo(201);
        Api.Response read = whileTheCapitalViewIsHeldBack(
                () -> assertThat(api().post("/api/funds/" + fund + "/commitments",
                        commitment("c-1", "Xiamen Finance Bureau", "LOCAL_FISCAL", "10000000.00", "2017-03-02"))
                        .status()).isEqualTo(201),
                () -> api().as("finance").get("/api/funds/" + fund + "?asOf=2017-12-31"));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.amount("committed")).isEqualTo("10000000.00");
    }

    @Test
    void aSubFundJustCreatedIsInTheNextReadOfItsParentsLeverageAndPortfolio() throws Exception {
        String parent = aParentWithCapitalPaidIn();
        String subFund = newFundId();
        Api.Response leverage = whileTheCapitalViewIsHeldBack(
                () -> recorded(api().post("/api/funds/" + parent + "/sub-funds", subFund(subFund))),
                () -> api().as("finance").get("/api/funds/" + parent + "/leverage?asOf=2017-12-31"));
        assertThat(leverage.status()).as(leverage.toString()).isEqualTo(200);
        assertThat(leverage.json().get("subFunds").findValuesAsText("fundId")).containsExactly(subFund);

        String other = newFundId();
        Api.Response portfolio = whileTheCapitalViewIsHeldBack(
                () -> recorded(api().post("/api/funds/" + parent + "/sub-funds", subFund(other))),
                () -> api().as("finance").get("/api/funds/" + parent + "/portfolio?asOf=2017-12-31"));
        assertThat(portfolio.status()).as(portfolio.toString()).isEqualTo(200);
        assertThat(portfolio.json().get("holdings").findValuesAsText("investmentId")).contains(subFund, other);
    }

    /**
     * The write goes to the sub-fund alone, after the parent's last write was already shown: a read of the parent
     * waiting for the parent's own writes would answer at once, without it.
     */
    @Test
    void aCommitmentToASubFundCountsInTheNextReadOfItsParentsLeverage() throws Exception {
        String parent = aParentWithCapitalPaidIn();
        String subFund = newFundId();
        long created = recorded(api().post("/api/funds/" + parent + "/sub-funds", subFund(subFund)));
        assertThat(api().get("/api/funds/" + parent + "/leverage?asOf=2017-12-31&minPosition=" + created).status())
                .isEqualTo(200);
        Api.Response read = whileTheCapitalViewIsHeldBack(
                () -> recorded(api().post("/api/funds/" + subFund + "/commitments",
                        commitment("social-1", "Xiamen Venture Partners", "SOCIAL", "2400000.00", "2017-07-05"))),
                () -> api().as("finance").get("/api/funds/" + parent + "/leverage?asOf=2017-12-31"));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode stake = read.json().get("subFunds").get(0);
        assertThat(stake.get("totalCommitments").get("amount").asText()).isEqualTo("3000000.00");
        assertThat(stake.get("amplification").asText()).isEqualTo("5.0000");
    }

    /** A guidance fund with 10,000,000.00 paid in, able to create sub-funds. */
    private String aParentWithCapitalPaidIn() {
        String parent = newFundId();
        Funds.aParentWithCapitalPaidIn(api(), parent);
        return parent;
    }

    /** A sub-fund of 3,000,000.00, its parent committing 600,000.00. */
    private static String subFund(String id) {
        return Funds.subFund(id, "Haixi IP Sub-Fund " + id, "600000.00");
    }

    /** Records with the capital view stopped, then reads while the view starts again half a second later. */
    private Api.Response whileTheCapitalViewIsHeldBack(Runnable write, java.util.function.Supplier<Api.Response> read)
            throws Exception {
        StreamingEventProcessor view = capitalView();
        view.shutDown();
        CompletableFuture<Void> restarted;
        try {
            write.run();
        } finally {
            restarted = CompletableFuture.runAsync(() -> {
                sleep(500);
                view.start();
            });
        }
        Api.Response answer = read.get();
        restarted.get(10, TimeUnit.SECONDS);
        return answer;
    }

    private StreamingEventProcessor capitalView() {
        return processing.eventProcessor(CapitalPositionProjection.NAME, StreamingEventProcessor.class)
                .orElseThrow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
