package org.ipfund.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.Eventually;
import org.ipfund.app.testing.OwnStoreEndToEndTest;

/** What the provenance tests share: a fund that received a contribution, and waiting for the chains. */
abstract class ProvenanceTest extends OwnStoreEndToEndTest {

    /** Launches a fund, commits, calls and receives 9,000,000.00; the position of the contribution. */
    long recordContribution(String fund) {
        recorded(api().post("/api/funds", launch(fund, "2017-03-01")));
        recorded(api().post("/api/funds/" + fund + "/commitments",
                commitment("c-" + fund, "Xiamen Finance Bureau", "LOCAL_FISCAL", "9000000.00", "2017-03-02")));
        recorded(api().post("/api/funds/" + fund + "/capital-calls", call("call-" + fund, "9000000.00", "2017-03-03")));
        return recorded(api().post("/api/funds/" + fund + "/contributions",
                contribution("c-" + fund, "call-" + fund, "9000000.00", "2017-03-04")));
    }

    JsonNode verify() {
        Api.Response response = api().get("/api/audit/verify");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    JsonNode verifiedThrough(long position) {
        await(() -> verify().path("events").path("head").asLong(-1) >= position);
        return verify();
    }

    JsonNode ledgerLinkedThrough(long position) {
        verifiedThrough(position);
        await(() -> verify().path("ledger").path("head").asLong(-1) >= position);
        JsonNode report = verify();
        assertThat(report.path("valid").asBoolean()).as(report.toString()).isTrue();
        return report;
    }

    static void await(java.util.function.BooleanSupplier condition) {
        Eventually.await("the chains", Duration.ofSeconds(20), Duration.ofMillis(200), condition);
    }
}
