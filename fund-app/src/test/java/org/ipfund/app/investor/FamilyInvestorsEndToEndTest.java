package org.ipfund.app.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipfund.app.testing.Funds.aParentWithCapitalPaidIn;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.newFundId;
import static org.ipfund.app.testing.Funds.recorded;
import static org.ipfund.app.testing.Funds.subFund;
import static org.ipfund.app.testing.Refusal.refused;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.ipfund.app.recording.Recorder;
import org.ipfund.audit.history.AuditMetadata;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.RecordCommitment;
import org.ipfund.domain.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 over HTTP: investors the service knows, and the side door closed. A fund of the family never commits to a
 * sub-fund as an ordinary investor (by its id or by its name); its money goes through the parent's side, a top-up
 * judged by the parent's share cap; and the views never count the family's own money as capital drawn in.
 */
class FamilyInvestorsEndToEndTest extends EndToEndTest {

    private static final String PARENT_NAME = "Xiamen Belt and Road IP fund";
    private static final String USCC = "91350200MA31ABCDEQ";

    @Autowired
    private Recorder recorder;

    private final String parent = newFundId();
    private final String subFund = newFundId();
    private final String sibling = newFundId();
    private long last;

    /** A guidance fund (30% share cap) with 10,000,000.00 paid in, a sub-fund of 3,000,000.00 and its sibling. */
    @BeforeEach
    void aFamily() {
        aParentWithCapitalPaidIn(api(), parent);
        recorded(api().post("/api/funds/" + parent + "/sub-funds", subFund(subFund, "Haixi IP Sub-Fund I", "600000.00")));
        last = recorded(api().post("/api/funds/" + parent + "/sub-funds",
                subFund(sibling, "Haixi IP Sub-Fund II", "300000.00")));
    }

    @Test
    void refusesTheParentCommittingByItsIdAsAnOrdinaryInvestorAndRecordsNothing() {
        long before = storedEvents();

        refused(api().post("/api/funds/" + subFund + "/commitments", byId(parent, "LOCAL_FISCAL", "100000.00")),
                409, "FAMILY_FUND_NOT_AN_INVESTOR")
                .naming("investorId")
                .withDetailContaining("/api/funds/" + parent + "/sub-funds/" + subFund + "/top-ups");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void refusesAFundOfTheFamilyNamedAsTheInvestorWhateverItsCaseAndSpacesAndRecordsNothing() {
        long before = storedEvents();

        refused(api().post("/api/funds/" + subFund + "/commitments",
                commitment("side-1", " xiamen belt AND road  IP  Fund ", "LOCAL_FISCAL", "100000.00", "2017-07-05")),
                409, "FAMILY_FUND_NOT_AN_INVESTOR").naming("investor");
        refused(api().post("/api/funds/" + subFund + "/commitments",
                commitment("side-2", sibling.toUpperCase(), "STATE_OWNED", "100000.00", "2017-07-05")),
                409, "FAMILY_FUND_NOT_AN_INVESTOR").naming("investor");
        refused(api().post("/api/funds/" + subFund + "/commitments", byId(sibling, "LOCAL_FISCAL", "1.00")),
                409, "FAMILY_FUND_NOT_AN_INVESTOR").naming("investorId");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void registersAnInvestorThatACommitmentNamesByItsId() {
        String investorId = "inv-" + UUID.randomUUID();
        Api.Response registered = api().post("/api/investors", investor(investorId, "Haixi Venture", "SOCIAL",
                "PRIVATE", USCC));

        long position = recorded(registered);
        assertThat(registered.json().path("id").asText()).isEqualTo(investorId);
        assertThat(registered.json().path("investorId").asText()).isEqualTo(investorId);
        assertThat(registered.header("Location")).endsWith("/api/investors/" + investorId);
        JsonNode shown = api().get("/api/investors/" + investorId + "?minPosition=" + position).json();
        assertThat(shown.path("name").asText()).isEqualTo("Haixi Venture");
        assertThat(shown.path("source").asText()).isEqualTo("SOCIAL");
        assertThat(shown.path("kind").asText()).isEqualTo("PRIVATE");
        assertThat(shown.path("unifiedSocialCreditCode").asText()).isEqualTo(USCC);
        assertThat(api().get("/api/investors").json().path("investors").findValuesAsText("investorId"))
                .contains(investorId);

        long committed = recorded(api().post("/api/funds/" + subFund + "/commitments",
                byId(investorId, "SOCIAL", "2100000.00")));
        JsonNode commitments = api().get("/api/funds/" + subFund + "/commitments?minPosition=" + committed).json();
        assertThat(commitments.path("commitments").findValuesAsText("investor")).contains("Haixi Venture");
    }

    @Test
    void refusesACommitmentWhoseSourceIsNotItsRegisteredInvestorsAndRecordsNothing() {
        String investorId = "inv-" + UUID.randomUUID();
        recorded(api().post("/api/investors", investor(investorId, "Xiamen State Capital", "STATE_OWNED",
                "STATE_OWNED_ENTERPRISE", null)));
        long before = storedEvents();

        refused(api().post("/api/funds/" + subFund + "/commitments", byId(investorId, "SOCIAL", "100000.00")),
                409, "INVESTOR_SOURCE_MISMATCH").naming("source");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void refusesAMalformedCreditCodeADuplicateIdAndAnUnknownInvestor() {
        String investorId = "inv-" + UUID.randomUUID();
        refused(api().post("/api/investors", investor(investorId, "Bad code", "SOCIAL", "PRIVATE",
                "91350200MA31ABCDEA")), 400, "INVALID_INPUT").naming("unifiedSocialCreditCode");
        refused(api().post("/api/investors", investor(investorId, "Bad shape", "SOCIAL", "PRIVATE",
                "9135020OMA31ABCDEQ")), 400, "INVALID_INPUT").naming("unifiedSocialCreditCode");
        recorded(api().post("/api/investors", investor(investorId, "First", "SOCIAL", "PRIVATE", null)));
        refused(api().post("/api/investors", investor(investorId, "Second", "SOCIAL", "PRIVATE", null)),
                409, "DUPLICATE_ID");
        refused(api().post("/api/investors", investor(parent, "A fund's id", "SOCIAL", "FUND", null)),
                409, "DUPLICATE_ID");
        refused(api().post("/api/funds/" + subFund + "/commitments", byId("nobody-" + UUID.randomUUID(), "SOCIAL",
                "1.00")), 404, "INVESTOR_NOT_FOUND");
        refused(api().get("/api/investors/nobody"), 404, "INVESTOR_NOT_FOUND");
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyRecordsOnce() {
        String investorId = "inv-" + UUID.randomUUID();
        String body = investor(investorId, "Retried", "SOCIAL", "PRIVATE", null);
        Map<String, String> key = Map.of("Idempotency-Key", "register-" + investorId);

        Api.Response first = api().post("/api/investors", body, key);
        Api.Response again = api().post("/api/investors", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(storedEventsOf(investorId)).isEqualTo(1);
    }

    @Test
    void aTopUpIsJudgedByTheParentsShareCapToTheFenAndRecordedInBothFunds() {
        long before = storedEvents();
        // 600,000.00 + 300,000.01 is one fen over 30% of the target size of 3,000,000.00
        refused(api().post(topUps(), topUp("top-1", "300000.01")), 409, "SHARE_CAP_EXCEEDED").naming("amount.amount");
        assertThat(storedEvents()).isEqualTo(before);

        long position = recorded(api().post(topUps(), topUp("top-1", "300000.00")));

        assertThat(storedEvents()).isEqualTo(before + 2);
        JsonNode parentView = api().get("/api/funds/" + parent + "?minPosition=" + position).json();
        assertThat(parentView.at("/committedToSubFunds/amount").asText()).isEqualTo("1200000.00");
        JsonNode subFundView = api().get("/api/funds/" + subFund + "?minPosition=" + position).json();
        assertThat(subFundView.at("/parent/commitment/amount").asText()).isEqualTo("900000.00");
        assertThat(subFundView.at("/parent/share").asText()).isEqualTo("1.0000");
        JsonNode leverage = api().get("/api/funds/" + parent + "/leverage?minPosition=" + position).json();
        JsonNode sub = element(leverage.path("subFunds"), subFund);
        assertThat(sub.at("/parentCommitment/amount").asText()).isEqualTo("900000.00");
        refused(api().post(topUps(), topUp("top-2", "0.01")), 409, "SHARE_CAP_EXCEEDED").naming("amount.amount");
        refused(api().post("/api/funds/" + parent + "/sub-funds/" + newFundId() + "/top-ups", topUp("top-3", "1.00")),
                404, "SUB_FUND_NOT_FOUND");
    }

    @Test
    void theViewsNeverCountAFamilyFundsCommitmentRecordedBeforeTheSideDoorClosedAsCapitalMobilised() {
        recorded(api().post("/api/funds/" + subFund + "/commitments",
                commitment("social", "Haixi Venture", "SOCIAL", "2000000.00", "2017-07-05")));
        // as a commitment by the parent's id and one by the sibling's name were recorded before this change
        recordedAsBefore(new RecordCommitment(new FundId(subFund), new CommitmentId("by-id"), parent,
                CapitalSource.LOCAL_FISCAL, Money.of("100000.00", "CNY"), LocalDate.parse("2017-07-06")));
        long position = recordedAsBefore(new RecordCommitment(new FundId(subFund), new CommitmentId("by-name"),
                "haixi ip sub-fund ii", CapitalSource.STATE_OWNED, Money.of("50000.00", "CNY"),
                LocalDate.parse("2017-07-06")));

        JsonNode leverage = api().get("/api/funds/" + parent + "/leverage?minPosition=" + position).json();

        JsonNode sub = element(leverage.path("subFunds"), subFund);
        assertThat(sub.at("/totalCommitments/amount").asText()).isEqualTo("2750000.00");
        assertThat(sub.at("/familyCommitments/amount").asText()).isEqualTo("150000.00");
        // the sub-fund's other investors: Haixi Venture's 2,000,000.00 alone; the family's own 150,000.00 is not
        assertThat(leverage.at("/family/capitalMobilised/amount").asText()).isEqualTo("2000000.00");
    }

    /** A command as the service accepted it before the side door closed: straight to the fund, unchecked. */
    private long recordedAsBefore(RecordCommitment command) {
        return recorder.record(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(AuditMetadata.ACTOR, "before-issue-14")));
    }

    private String topUps() {
        return "/api/funds/" + parent + "/sub-funds/" + subFund + "/top-ups";
    }

    private static JsonNode element(JsonNode array, String fundId) {
        for (JsonNode element : array) {
            if (element.path("fundId").asText().equals(fundId)) {
                return element;
            }
        }
        throw new AssertionError("no " + fundId + " in " + array);
    }

    private static String byId(String investorId, String source, String amount) {
        return """
                {"investorId": "%s", "source": "%s", "amount": {"amount": "%s", "currency": "CNY"},
                 "date": "2017-07-05"}""".formatted(investorId, source, amount);
    }

    private static String investor(String id, String name, String source, String kind, String code) {
        return """
                {"investorId": "%s", "name": "%s", "source": "%s", "kind": "%s"%s}"""
                .formatted(id, name, source, kind, code == null ? "" : ", \"unifiedSocialCreditCode\": \"" + code + "\"");
    }

    private static String topUp(String id, String amount) {
        return """
                {"topUpId": "%s", "amount": {"amount": "%s", "currency": "CNY"}, "date": "2017-08-01"}"""
                .formatted(id, amount);
    }
}
