package org.ipfund.app.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.newFundId;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * By default a read sees every write the service acknowledged before the read arrived, from any client, without
 * naming a position: here the capital view is held back while a write is answered, and a read sent right after (by
 * another user) waits for the view instead of answering 404 or a figure without the write.
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
