package org.ipfund.app.admin;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.ipfund.app.testing.Api;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ipfund.app.testing.EndToEndTest;
import org.ipfund.app.testing.SecondHalf;
import org.ipfund.app.testing.TestUsers;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.DistributeCapital;
import org.ipfund.domain.fund.DistributionId;
import org.ipfund.domain.holding.ExitId;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.RecordExit;
import org.ipfund.domain.holding.RecordValuation;
import org.ipfund.domain.holding.ValuationId;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.projections.DeferredIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrators' view of the views: each one's position and lag, a rebuild from the events that leaves every
 * answer as it was while the service goes on answering, and a shadow rebuild that tells which live table no
 * longer is what the events say.
 */
class ProjectionAdminEndToEndTest extends EndToEndTest {

    private static final List<String> VIEWS = List.of("audit-ledger", "capital-position", "distributions", "portfolio");
    private static final Map<String, List<String>> TABLES = Map.of(
            "capital-position", List.of("fund_view", "fund_policy_view", "commitment_view", "capital_call_view",
                    "capital_movement", "capital_deployment"),
            "portfolio", List.of("investment_view", "co_investment_view", "valuation_view", "exit_view"),
            "distributions", List.of("distribution_view", "distribution_allocation_view"),
            "audit-ledger", List.of("ledger_entry"));
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private final String fund = newFundId();
    private final String subFund = newFundId();

    @Autowired
    private CommandGateway commands;
    @Autowired
    private ProjectionAdmin admin;

    @Test
    void listsEveryViewSortedWithItsPositionAndNoLagOnceItHasCaughtUpWithAWrite() {
        long last = recorded(api().post("/api/funds", launch(fund, "2021-01-04")));

        JsonNode views = awaitList(list -> StreamSupport.stream(list.spliterator(), false)
                .allMatch(view -> caughtUp(view, last)));

        assertThat(StreamSupport.stream(views.spliterator(), false).map(view -> view.path("name").asText()))
                .containsExactlyElementsOf(VIEWS);
        long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        for (JsonNode view : views) {
            String name = view.path("name").asText();
            assertThat(view.path("running").asBoolean()).as(name + " running: " + view).isTrue();
            assertThat(view.path("replaying").asBoolean()).as(name + " replaying: " + view).isFalse();
            assertThat(view.path("lag").isIntegralNumber()).as(name + " lag: " + view).isTrue();
            assertThat(view.path("lag").asLong()).as(name + " lag: " + view).isZero();
            assertThat(view.path("position").asLong()).as(name + " position: " + view).isGreaterThanOrEqualTo(last);
            assertThat(view.path("head").asLong()).as(name + " head: " + view)
                    .isEqualTo(view.path("position").asLong()).isLessThanOrEqualTo(head);
            assertThat(view.path("progress").asDouble()).as(name + " progress: " + view).isEqualTo(1.0);
            assertThat(view.path("segments").asInt()).as(name + " segments: " + view).isPositive();
            assertThat(view.path("error").isNull()).as(name + " error: " + view).isTrue();
        }
    }

    @Test
    void oneViewAnswersItsOwnStatus() {
        long last = recorded(api().post("/api/funds", launch(fund, "2021-01-04")));
        for (String name : VIEWS) {
            JsonNode status = awaitStatus(name, view -> caughtUp(view, last));
            assertThat(status.path("name").asText()).isEqualTo(name);
            assertThat(status.path("running").asBoolean()).isTrue();
        }
    }

    @Test
    void anUnknownViewIsNotFoundWhetherReadRebuiltOrShadowRebuilt() {
        assertNotFound(api().get("/api/admin/projections/unknown"));
        assertNotFound(api().post("/api/admin/projections/unknown/rebuild", ""));
        assertNotFound(api().post("/api/admin/projections/unknown/shadow-rebuild", ""));
        assertThat(shadowSchemas()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"capital-position", "portfolio", "distributions", "audit-ledger"})
    void aRebuiltViewAnswersExactlyWhatItAnsweredBeforeAndTheServiceAnswersMeanwhile(String name) {
        long last = variedHistory();
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));
        Map<String, JsonNode> before = answers(reads());
        JsonNode beforeTheRebuild = verify();
        assertThat(beforeTheRebuild.path("valid").asBoolean()).as("the evidence chains before the rebuild: "
                + beforeTheRebuild).isTrue();

        JsonNode rebuilt = rebuild(name, last);
        assertThat(rebuilt.path("progress").asDouble()).as(rebuilt.toString()).isEqualTo(1.0);
        assertThat(rebuilt.path("error").isNull()).as(rebuilt.toString()).isTrue();

        Map<String, JsonNode> after = answers(reads());
        for (String read : before.keySet()) {
            assertThat(after.get(read)).as("GET " + read + " after rebuilding " + name).isEqualTo(before.get(read));
        }
        JsonNode afterTheRebuild = verify();
        assertThat(afterTheRebuild.path("valid").asBoolean()).as("the evidence chains after rebuilding " + name + ": "
                + afterTheRebuild).isTrue();
        // the next fact takes the view past the point of the reset: a live view again, caught up with the store
        long next = recorded(api().post("/api/funds", launch(newFundId(), "2021-01-04")));
        awaitStatus(name, view -> caughtUp(view, next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"capital-position", "portfolio", "distributions", "audit-ledger"})
    void aRebuiltViewThatHasCaughtUpWithTheStoreIsNoLongerReportedAsReplaying(String name) {
        long last = variedHistory();
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));

        rebuild(name, last);

        JsonNode status = awaitStatus(name, view -> caughtUp(view, last));
        assertThat(status.path("replaying").asBoolean()).isFalse();
        Api.Response scraped = api().get("/actuator/prometheus");
        assertThat(gauge(scraped.body(), "ipfund_projection_replaying", name)).isEqualTo(0.0);
    }

    @Test
    void rebuildingEveryViewInOnePassLeavesEveryAnswerAsItWasAndTheViewsLiveAgain() {
        long last = variedHistory();
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));
        Map<String, JsonNode> before = answers(reads());
        Map<String, Long> rowsBefore = new HashMap<>();
        TABLES.values().forEach(tables -> tables.forEach(table -> rowsBefore.put(table, rows(table))));
        List<String> indexesBefore = viewIndexes();
        assertThat(indexesBefore).as("the views' indexes").hasSizeGreaterThan(TABLES.size());
        List<Ghost> ghosts = VIEWS.stream().map(view -> Ghost.in(view, fund)).toList();
        ghosts.forEach(ghost -> ghost.plant(this));
        try {
            Api.Response accepted = api().post("/api/admin/projections/rebuild", "");
            Api.Response fundsMeanwhile = api().get("/api/funds");

            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            assertThat(StreamSupport.stream(accepted.json().spliterator(), false).map(view -> view.path("name")
                    .asText())).containsExactlyElementsOf(VIEWS);
            assertThat(fundsMeanwhile.status()).as("GET /api/funds during the rebuild: " + fundsMeanwhile)
                    .isEqualTo(200);
            for (String view : VIEWS) {
                awaitStatus(view, status -> caughtUp(status, last));
            }
            await("the planted rows gone", () -> api().get("/api/admin/projections").json(),
                    any -> ghosts.stream().noneMatch(ghost -> ghost.present(this)));
        } finally {
            ghosts.forEach(ghost -> ghost.remove(this));
        }

        Map<String, JsonNode> after = answers(reads());
        for (String read : before.keySet()) {
            assertThat(after.get(read)).as("GET " + read + " after the one-pass rebuild").isEqualTo(before.get(read));
        }
        rowsBefore.forEach((table, rows) -> assertThat(rows(table)).as("rows of " + table).isEqualTo(rows));
        // the secondary indexes dropped for the pass are all there again
        assertThat(viewIndexes()).containsExactlyElementsOf(indexesBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deferred_view_index", Long.class)).isZero();
        for (String view : VIEWS) {
            JsonNode compared = shadow(view);
            assertThat(compared.path("equal").asBoolean()).as("shadow rebuild of " + view + ": " + compared).isTrue();
        }
        JsonNode evidence = verify();
        assertThat(evidence.path("valid").asBoolean()).as("the evidence chains after the rebuild: " + evidence).isTrue();
        // each view's processor took over where the pass ended: the next fact shows in every view
        long next = recorded(api().post("/api/funds", launch(newFundId(), "2021-01-04")));
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, next)));
        assertThat(api().get("/api/funds").body()).contains(fund);
    }

    @Test
    void aOnePassRebuildThatFailsInOneViewLeavesEachViewAtWhatItHoldsAndTheViewsGoOnOnceTheCauseIsGone() {
        long last = variedHistory();
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));
        Map<String, JsonNode> before = answers(reads());
        List<String> indexesBefore = viewIndexes();
        long refusedAt = jdbc.queryForObject("SELECT max(event_position) FROM ledger_entry WHERE fund_id = ?",
                Long.class, fund);
        jdbc.execute("""
                CREATE FUNCTION refuse_ledger_line() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'a ledger line refused by the test'; END $$""");
        try {
            jdbc.execute("CREATE TRIGGER refuse_ledger_line BEFORE INSERT ON ledger_entry FOR EACH ROW WHEN"
                    + " (NEW.event_position = " + refusedAt + ") EXECUTE FUNCTION refuse_ledger_line()");
            Api.Response accepted = api().post("/api/admin/projections/rebuild", "");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);

            // the other views are whole, each with its own processor live again
            VIEWS.stream().filter(view -> !view.equals("audit-ledger"))
                    .forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));
            // the ledger's lane failed and its processor, which took over, fails on the same line: the ledger stays
            // before it, and says so (a segment that failed and waits to retry counts with the token it left)
            JsonNode ledger = awaitStatus("audit-ledger", status -> status.path("running").asBoolean()
                    && !status.path("replaying").asBoolean());
            assertThat(ledger.path("position").asLong()).as("the ledger's position: " + ledger).isLessThan(refusedAt);
            assertThat(ledger.path("lag").asLong()).as("the ledger's lag: " + ledger).isPositive();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger_entry WHERE event_position >= ?", Long.class,
                    refusedAt)).as("ledger lines at or after the refused one").isZero();
            // the indexes dropped for the pass are back although it failed
            assertThat(viewIndexes()).containsExactlyElementsOf(indexesBefore);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM deferred_view_index", Long.class)).isZero();
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS refuse_ledger_line ON ledger_entry");
            jdbc.execute("DROP FUNCTION refuse_ledger_line()");
        }

        awaitStatus("audit-ledger", status -> caughtUp(status, last) && !status.hasNonNull("error"));
        Map<String, JsonNode> after = answers(reads());
        for (String read : before.keySet()) {
            assertThat(after.get(read)).as("GET " + read + " once the ledger went on").isEqualTo(before.get(read));
        }
        JsonNode compared = shadow("audit-ledger");
        assertThat(compared.path("equal").asBoolean()).as("shadow rebuild of the ledger: " + compared).isTrue();
    }

    @Test
    void aLedgerLineWrittenTwiceByAOnePassRebuildIsFoundByItsKeyAndTheLedgerIsBuiltAgainEachLineOnce() {
        long last = variedHistory();
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));
        long doubledAt = jdbc.queryForObject("SELECT max(event_position) FROM ledger_entry WHERE fund_id = ?",
                Long.class, fund);
        long lines = rows("ledger_entry");
        long resets = resets("audit-ledger");
        // what a pass that handled an event twice would do, while the key it dropped is missing
        jdbc.execute("""
                CREATE FUNCTION double_ledger_line() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF to_regclass('ledger_entry_pkey') IS NULL THEN INSERT INTO ledger_entry SELECT NEW.*; END IF;
                    RETURN NULL;
                END $$""");
        try {
            jdbc.execute("CREATE TRIGGER double_ledger_line AFTER INSERT ON ledger_entry FOR EACH ROW WHEN"
                    + " (NEW.event_position = " + doubledAt + " AND pg_trigger_depth() = 0)"
                    + " EXECUTE FUNCTION double_ledger_line()");
            Api.Response accepted = api().post("/api/admin/projections/rebuild", "");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS double_ledger_line ON ledger_entry");
            jdbc.execute("DROP FUNCTION double_ledger_line()");
        }

        // the key could not be created over the doubled line: the ledger was emptied, keyed, and built again by its
        // processor, each line once
        assertThat(resets("audit-ledger")).as("the ledger's resets: the pass's, then the one after it").isEqualTo(
                resets + 2);
        assertThat(viewIndexes()).contains(
                "CREATE UNIQUE INDEX ledger_entry_pkey ON public.ledger_entry USING btree (event_id, line)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deferred_view_index", Long.class)).isZero();
        assertThat(rows("ledger_entry")).as("the ledger's lines").isEqualTo(lines);
        long next = recorded(api().post(path(fund, "/commitments"), commitment("late", "Xiamen Port Group", "SOCIAL",
                "1000000.00", "2022-01-10")));
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, next)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger_entry WHERE event_position = ?", Long.class,
                next)).as("the ledger's lines of the next fact").isPositive();
        JsonNode compared = shadow("audit-ledger");
        assertThat(compared.path("equal").asBoolean()).as("shadow rebuild of the ledger: " + compared).isTrue();
    }

    @Test
    void aKeyThatCannotBeCreatedAgainAtStartHasEveryViewRebuiltInOnePassEachLineOnce() {
        long last = variedHistory();
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));
        long lines = rows("ledger_entry");
        long resets = resets("audit-ledger");
        // what a service stopped during a pass that wrote a line twice leaves: the key dropped, recorded, a line twice
        new DeferredIndexes(jdbc).drop(List.of(), List.of("ledger_entry"));
        jdbc.update("INSERT INTO ledger_entry SELECT * FROM ledger_entry WHERE fund_id = ? LIMIT 1", fund);
        assertThat(rows("ledger_entry")).isEqualTo(lines + 1);

        admin.restoreDeferredIndexes(); // as at the service's start

        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last) && resets("audit-ledger") > resets));
        assertThat(rows("ledger_entry")).as("the ledger's lines, each once").isEqualTo(lines);
        assertThat(viewIndexes()).contains(
                "CREATE UNIQUE INDEX ledger_entry_pkey ON public.ledger_entry USING btree (event_id, line)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deferred_view_index", Long.class)).isZero();
    }

    private long resets(String view) {
        return jdbc.queryForList("SELECT resets FROM view_resets WHERE view_name = ?", Long.class, view).stream()
                .findFirst().orElse(0L);
    }

    @Test
    void onlyAnAdministratorRebuildsEveryView() {
        Api.Response refused = api().as(TestUsers.AUDITOR).post("/api/admin/projections/rebuild", "");
        Api.Response anonymous = api().anonymous().post("/api/admin/projections/rebuild", "");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        VIEWS.forEach(view -> assertThat(status(view).path("replaying").asBoolean()).as(view).isFalse());
    }

    private List<String> viewIndexes() {
        List<String> tables = TABLES.values().stream().flatMap(List::stream).toList();
        return jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE tablename = ANY (?) ORDER BY indexname",
                String.class, (Object) tables.toArray(String[]::new));
    }

    private long rows(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    @Test
    void exposesEachViewsLagAndWhetherItIsReplayingAsMetrics() {
        long last = recorded(api().post("/api/funds", launch(fund, "2021-01-04")));
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));

        Api.Response scraped = api().get("/actuator/prometheus");
        assertThat(scraped.status()).as(scraped.toString()).isEqualTo(200);
        for (String name : VIEWS) {
            assertThat(gauge(scraped.body(), "ipfund_projection_lag", name)).as("lag of " + name).isEqualTo(0.0);
            assertThat(gauge(scraped.body(), "ipfund_projection_replaying", name)).as("replaying of " + name)
                    .isEqualTo(0.0);
        }
        assertThat(scraped.body()).containsPattern("(?m)^ipfund_projection_lag\\{[^}]*projection=\"portfolio\"");
    }

    @Test
    void aShadowRebuildOfEachViewFromAVariedHistoryEqualsTheLiveViewTableByTable() {
        long last = variedHistory();
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));

        for (String name : VIEWS) {
            JsonNode compared = shadow(name);
            assertThat(compared.path("name").asText()).isEqualTo(name);
            assertThat(compared.path("settled").asBoolean()).as(compared.toString()).isTrue();
            assertThat(compared.path("equal").asBoolean()).as(compared.toString()).isTrue();
            assertThat(compared.path("position").asLong()).as(compared.toString()).isGreaterThanOrEqualTo(last);
            assertThat(tableNames(compared)).isEqualTo(TABLES.get(name));
            for (JsonNode table : compared.path("tables")) {
                String tableName = table.path("table").asText();
                assertThat(table.path("live")).as(tableName).isEqualTo(table.path("rebuilt"));
                assertThat(table.path("live").path("md5").asText()).as(tableName).matches("[0-9a-f]{32}");
                long ours = jdbc.queryForObject("SELECT count(*) FROM " + tableName + " WHERE fund_id IN (?, ?)",
                        Long.class, fund, subFund);
                assertThat(ours).as("rows the history wrote to " + tableName).isPositive();
                assertThat(table.path("live").path("rows").asLong()).as(tableName).isGreaterThanOrEqualTo(ours);
            }
        }
    }

    @Test
    void aShadowRebuildNamesThePortfolioTableWhoseRowWasEditedInPlace() {
        long last = variedHistory();
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));
        BigDecimal cost = jdbc.queryForObject(
                "SELECT fund_amount FROM investment_view WHERE fund_id = ? AND investment_id = 'd1'", BigDecimal.class,
                fund);
        try {
            assertThat(jdbc.update("UPDATE investment_view SET fund_amount = fund_amount + 1"
                    + " WHERE fund_id = ? AND investment_id = 'd1'", fund)).isOne();

            JsonNode compared = shadow("portfolio");

            assertThat(compared.path("settled").asBoolean()).as(compared.toString()).isTrue();
            assertThat(compared.path("equal").asBoolean()).as(compared.toString()).isFalse();
            assertThat(differing(compared)).as(compared.toString()).containsExactly("investment_view");
            JsonNode table = table(compared, "investment_view");
            assertThat(table.path("live").path("rows").asLong()).isEqualTo(table.path("rebuilt").path("rows").asLong());
            assertThat(table.path("live").path("md5").asText()).isNotEqualTo(table.path("rebuilt").path("md5").asText());
        } finally {
            jdbc.update("UPDATE investment_view SET fund_amount = ? WHERE fund_id = ? AND investment_id = 'd1'",
                    cost, fund);
        }
        assertThat(shadow("portfolio").path("equal").asBoolean()).as("once the row is restored").isTrue();
    }

    @Test
    void aShadowRebuildNamesTheCapitalTableThatLostAMovement() {
        long last = variedHistory();
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));
        Map<String, Object> movement = jdbc.queryForMap("SELECT * FROM capital_movement"
                + " WHERE fund_id = ? AND kind = 'PAID_IN' AND fact_id = 'paid-city'", fund);
        try {
            assertThat(jdbc.update("DELETE FROM capital_movement WHERE event_id = ? AND line = ?",
                    movement.get("event_id"), movement.get("line"))).isOne();

            JsonNode compared = shadow("capital-position");

            assertThat(compared.path("settled").asBoolean()).as(compared.toString()).isTrue();
            assertThat(compared.path("equal").asBoolean()).as(compared.toString()).isFalse();
            assertThat(differing(compared)).as(compared.toString()).containsExactly("capital_movement");
            JsonNode table = table(compared, "capital_movement");
            assertThat(table.path("live").path("rows").asLong())
                    .isEqualTo(table.path("rebuilt").path("rows").asLong() - 1);
        } finally {
            insert("capital_movement", movement);
        }
        assertThat(shadow("capital-position").path("equal").asBoolean()).as("once the row is restored").isTrue();
    }

    @Test
    void aShadowRebuildNamesTheLedgerTableWhoseLineWasEdited() {
        long last = variedHistory();
        VIEWS.forEach(view -> awaitStatus(view, status -> caughtUp(status, last)));
        Map<String, Object> line = jdbc.queryForMap("SELECT event_id, line, event_position, debit FROM ledger_entry"
                + " WHERE fund_id = ? AND fact_id = 'paid-city' AND debit > 0", fund);
        // a line not yet linked would be linked as edited, and the evidence chain would stay broken after the restore
        awaitLedgerLinkedThrough(((Number) line.get("event_position")).longValue());
        try {
            assertThat(jdbc.update("UPDATE ledger_entry SET debit = debit + 1 WHERE event_id = ? AND line = ?",
                    line.get("event_id"), line.get("line"))).isOne();

            JsonNode compared = shadow("audit-ledger");

            assertThat(compared.path("settled").asBoolean()).as(compared.toString()).isTrue();
            assertThat(compared.path("equal").asBoolean()).as(compared.toString()).isFalse();
            assertThat(differing(compared)).as(compared.toString()).containsExactly("ledger_entry");
        } finally {
            jdbc.update("UPDATE ledger_entry SET debit = ? WHERE event_id = ? AND line = ?", line.get("debit"),
                    line.get("event_id"), line.get("line"));
        }
        assertThat(shadow("audit-ledger").path("equal").asBoolean()).as("once the line is restored").isTrue();
        assertThat(verify().path("valid").asBoolean()).as("the evidence chains once the line is restored").isTrue();
    }

    /**
     * Asks for a rebuild and checks that the service answers meanwhile; then waits until the view was emptied (a
     * row no event wrote is gone) and has replayed up to the store's head on all its segments.
     */
    private JsonNode rebuild(String name, long last) {
        int segments = status(name).path("segments").asInt();
        Ghost ghost = Ghost.in(name, fund);
        try {
            ghost.plant(this);
            Api.Response accepted = api().post("/api/admin/projections/" + name + "/rebuild", "");
            Api.Response fundsMeanwhile = api().get("/api/funds");
            Api.Response healthMeanwhile = api().get("/actuator/health");

            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            assertThat(accepted.json().path("name").asText()).isEqualTo(name);
            assertThat(fundsMeanwhile.status()).as("GET /api/funds during the rebuild: " + fundsMeanwhile)
                    .isEqualTo(200);
            assertThat(healthMeanwhile.status()).as("GET /actuator/health during the rebuild: " + healthMeanwhile)
                    .isEqualTo(200);

            return awaitStatus(name, view -> !ghost.present(this) && view.path("running").asBoolean()
                    && view.path("segments").asInt() == segments && view.path("lag").isIntegralNumber()
                    && view.path("lag").asLong() == 0 && view.path("position").asLong(-1) >= last);
        } finally {
            ghost.remove(this);
        }
    }

    /** A shadow rebuild, checked to have answered and to have dropped its schema. */
    private JsonNode shadow(String name) {
        Api.Response response = api().post("/api/admin/projections/" + name + "/shadow-rebuild", "");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(shadowSchemas()).as("shadow schemas left after a shadow rebuild of " + name).isZero();
        return response.json();
    }

    private long shadowSchemas() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'shadow\\_%'", Long.class);
    }

    private static List<String> tableNames(JsonNode compared) {
        List<String> names = new ArrayList<>();
        compared.path("tables").forEach(table -> names.add(table.path("table").asText()));
        return names;
    }

    private static List<String> differing(JsonNode compared) {
        List<String> names = new ArrayList<>();
        compared.path("tables").forEach(table -> {
            if (!table.path("live").equals(table.path("rebuilt"))) {
                names.add(table.path("table").asText());
            }
        });
        return names;
    }

    private static JsonNode table(JsonNode compared, String name) {
        for (JsonNode table : compared.path("tables")) {
            if (table.path("table").asText().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("no table " + name + " in " + compared);
    }

    private void insert(String table, Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(column -> "?").toList());
        jdbc.update("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
    }

    private static void assertNotFound(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("code").asText()).isEqualTo("PROJECTION_NOT_FOUND");
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).contains("unknown");
    }

    /** The value of a view's gauge in a Prometheus scrape. */
    private static double gauge(String scrape, String metric, String view) {
        Matcher line = Pattern.compile("(?m)^" + metric + "\\{[^}]*projection=\"" + Pattern.quote(view)
                + "\"[^}]*} (\\S+)$").matcher(scrape);
        assertThat(line.find()).as(metric + " for " + view + " in:\n" + scrape).isTrue();
        return Double.parseDouble(line.group(1));
    }

    private static boolean caughtUp(JsonNode view, long position) {
        return view.path("running").asBoolean() && !view.path("replaying").asBoolean()
                && view.path("lag").isIntegralNumber() && view.path("lag").asLong() == 0
                && view.path("position").asLong(-1) >= position;
    }

    private JsonNode status(String name) {
        Api.Response response = api().get("/api/admin/projections/" + name);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode awaitStatus(String name, Predicate<JsonNode> condition) {
        return await("view " + name, () -> status(name), condition);
    }

    private JsonNode awaitList(Predicate<JsonNode> condition) {
        return await("the views", () -> {
            Api.Response response = api().get("/api/admin/projections");
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            return response.json();
        }, condition);
    }

    private void awaitLedgerLinkedThrough(long position) {
        await("the ledger chain", this::verify, report -> report.path("ledger").path("head").asLong(-1) >= position);
    }

    private JsonNode verify() {
        Api.Response response = api().get("/api/audit/verify");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode await(String what, Supplier<JsonNode> read, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        JsonNode last;
        do {
            last = read.get();
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError(what + " did not get there within " + DEADLINE + "; last seen: " + last);
    }

    /** Every read the views answer for the history's two funds, as of several business dates and today. */
    private List<String> reads() {
        List<String> reads = new ArrayList<>();
        for (String asOf : List.of("2021-02-11", "2021-06-15", "2021-10-10", "2022-01-01", "")) {
            String query = asOf.isEmpty() ? "" : "?asOf=" + asOf;
            for (String id : List.of(fund, subFund)) {
                for (String view : List.of("", "/commitments", "/capital-calls", "/portfolio", "/leverage",
                        "/return-investment", "/distributions", "/performance")) {
                    reads.add("/api/funds/" + id + view + query);
                }
            }
        }
        for (String id : List.of(fund, subFund)) {
            reads.add("/api/audit/ledger?fundId=" + id);
            reads.add("/api/audit/ledger?fundId=" + id + "&from=2021-03-01&to=2021-09-30");
        }
        return reads;
    }

    /**
     * A guidance fund and its sub-fund through 2021: fiscal and social money committed, called and paid in; a
     * commitment and a contribution corrected; a direct deal and a follow-on beside a lead, each with a co-investor,
     * one co-investor and one deal corrected; the sub-fund's own investor, call, payments and deal; a policy
     * amendment; and then the direct deal valued and half of it sold, a distribution, and a call reversed. Answers
     * the position of the last event.
     */
    private long variedHistory() {
        Api api = api();
        recorded(api.post("/api/funds", """
                {"fundId": "%s", "name": "Belt and Road IP guidance fund", "type": "GUIDANCE", "currency": "CNY",
                 "launchDate": "2021-01-04", "policy": {"returnInvestmentMultiple": "1.50",
                 "followOnMaxShareOfLead": "0.50", "followOnWindowDays": 365}}""".formatted(fund)));
        recorded(api.post(path(fund, "/commitments"), commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL",
                "20000000.00", "2021-01-10")));
        recorded(api.post(path(fund, "/commitments"), commitment("central", "Central finance", "CENTRAL_FISCAL",
                "10000000.00", "2021-01-10")));
        recorded(api.post(path(fund, "/capital-calls"), call("k1", "24000000.00", "2021-02-01")));
        recorded(api.post(path(fund, "/contributions"), contribution("paid-city", "city", "k1", "16000000.00",
                "2021-02-10")));
        recorded(api.post(path(fund, "/contributions"), contribution("paid-central", "central", "k1", "8000000.00",
                "2021-02-12")));
        recorded(api.post(path(fund, "/commitments"), commitment("bank", "Xiamen Bank", "SOCIAL", "5000000.00",
                "2021-03-01")));
        recorded(api.post(path(fund, "/corrections"), correction("fix-bank", "bank", "2021-03-20")));
        recorded(api.post(path(fund, "/corrections"), correction("fix-central", "paid-central", "2021-03-25")));
        recorded(api.post(path(fund, "/investments"), """
                {"investmentId": "d1", "kind": "DIRECT", "company": {"name": "Xiamen IP Operation Co",
                 "sector": "patent operation", "country": "CN", "region": "Xiamen"},
                 "amount": {"amount": "3000000.00", "currency": "CNY"}, "date": "2021-04-01", "inTargetRegion": true}"""));
        recorded(api.post(path(fund, "/investments/d1/co-investors"), coInvestor("c1", "Xiamen State Capital",
                "STATE_OWNED", "9000000.00", "2021-04-01")));
        recorded(api.post(path(fund, "/investments"), """
                {"investmentId": "d2", "kind": "FOLLOW_ON", "company": {"name": "Silk Road Patent Pool",
                 "region": "Fujian"}, "amount": {"amount": "1500000.00", "currency": "CNY"}, "date": "2021-05-10",
                 "lead": {"name": "Fujian Investment Group", "amount": {"amount": "3000000.00", "currency": "CNY"},
                 "date": "2021-05-01"}}"""));
        recorded(api.post(path(fund, "/investments/d2/co-investors"), coInvestor("c2", "Haixi Angels", "SOCIAL",
                "2000000.00", "2021-05-10")));
        recorded(api.post(path(fund, "/corrections"), correction("fix-c2", "c2", "2021-07-01")));
        recorded(api.post(path(fund, "/corrections"), correction("fix-d2", "d2", "2021-08-01")));
        recorded(api.post(path(fund, "/sub-funds"), """
                {"subFundId": "%s", "name": "Belt and Road IP sub-fund", "commitmentId": "parent",
                 "targetSize": {"amount": "20000000.00", "currency": "CNY"},
                 "parentCommitment": {"amount": "5000000.00", "currency": "CNY"}, "date": "2021-09-01"}"""
                .formatted(subFund)));
        recorded(api.post(path(subFund, "/commitments"), commitment("s-social", "Haixi Venture Capital", "SOCIAL",
                "15000000.00", "2021-09-10")));
        recorded(api.post(path(subFund, "/capital-calls"), call("s-k1", "10000000.00", "2021-10-01")));
        recorded(api.post(path(subFund, "/contributions"), contribution("s-paid-parent", "parent", "s-k1",
                "2500000.00", "2021-10-10")));
        recorded(api.post(path(subFund, "/contributions"), contribution("s-paid-social", "s-social", "s-k1",
                "7500000.00", "2021-10-10")));
        recorded(api.post(path(subFund, "/investments"), """
                {"investmentId": "s-q1", "kind": "DIRECT", "company": {"name": "Xiamen Patent Services"},
                 "amount": {"amount": "3000000.00", "currency": "CNY"}, "date": "2021-11-01", "inTargetRegion": true}"""));
        recorded(api.post(path(fund, "/policy"), """
                {"amendmentId": "cut-2022", "effectiveFrom": "2022-01-01", "returnInvestmentMultiple": "1.00"}"""));
        SecondHalf secondHalf = new SecondHalf(api, commands, jdbc, fund);
        FundId fundId = new FundId(fund);
        secondHalf.send(new RecordValuation(fundId, new InvestmentId("d1"), new ValuationId("v-d1"),
                Money.of("4500000.00", "CNY"), null, LocalDate.parse("2021-11-30"), ValuationMethod.MULTIPLES,
                null));
        secondHalf.send(new RecordExit(fundId, new InvestmentId("d1"), new ExitId("x-d1"), ExitKind.SALE,
                Ratio.of("0.50"), Money.of("2000000.00", "CNY"), null, "Xiamen State Capital",
                LocalDate.parse("2021-12-01")));
        secondHalf.send(new DistributeCapital(fundId, new DistributionId("dist-2021"), Money.of("1000000.00", "CNY"),
                LocalDate.parse("2021-12-15")));
        recorded(api.post(path(fund, "/capital-calls"), call("k2", "1000000.00", "2021-12-20")));
        return recorded(api.post(path(fund, "/corrections"), correction("fix-k2", "k2", "2021-12-21")));
    }

    private static String coInvestor(String coInvestmentId, String investor, String source, String amount,
                                     String date) {
        return """
                {"coInvestmentId": "%s", "investor": "%s", "source": "%s",
                 "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}"""
                .formatted(coInvestmentId, investor, source, amount, date);
    }

    private static String correction(String correctionId, String reverses, String date) {
        return """
                {"correctionId": "%s", "reverses": "%s", "reason": "recorded in error", "date": "%s"}"""
                .formatted(correctionId, reverses, date);
    }

    private static String path(String fundId, String suffix) {
        return "/api/funds/" + fundId + suffix;
    }

    /**
     * A row no event wrote, planted in one of the view's tables: a rebuild empties the view before replaying it,
     * so the row's absence shows that the rebuild has happened and not merely been asked for.
     */
    private record Ghost(String table, String key, String insert, Object[] values) {

        static Ghost in(String view, String fundId) {
            String id = "ghost-" + fundId;
            return switch (view) {
                case "capital-position" -> new Ghost("fund_view", "fund_id = '" + id + "'", """
                        INSERT INTO fund_view (fund_id, name, type, currency, launch_date, event_position)
                        VALUES (?, 'no such fund', 'GUIDANCE', 'CNY', DATE '2021-01-01', 0)""", new Object[] {id});
                case "portfolio" -> new Ghost("investment_view", "fund_id = '" + fundId + "' AND investment_id = 'ghost'", """
                        INSERT INTO investment_view (fund_id, investment_id, kind, company_name, amount, currency,
                            fund_amount, fund_currency, business_date, in_target_region, event_position)
                        VALUES (?, 'ghost', 'DIRECT', 'No such company', 1, 'CNY', 1, 'CNY', DATE '2021-01-01', false, 0)""",
                        new Object[] {fundId});
                case "distributions" -> new Ghost("distribution_view",
                        "fund_id = '" + fundId + "' AND distribution_id = 'ghost'", """
                        INSERT INTO distribution_view (fund_id, distribution_id, amount, currency, from_proceeds,
                            from_capital, business_date, event_position)
                        VALUES (?, 'ghost', 1, 'CNY', 0, 1, DATE '2021-01-01', 0)""", new Object[] {fundId});
                // far above any event, so that the evidence chain over the ledger never reaches it
                case "audit-ledger" -> new Ghost("ledger_entry", "event_id = '" + id + "'", """
                        INSERT INTO ledger_entry (event_id, line, fund_id, event_position, business_date, account,
                            fact_id, debit, credit, currency)
                        VALUES (?, 0, ?, 9223372036854775807, DATE '2021-01-01', 'CASH', 'ghost', 1, 0, 'CNY')""",
                        new Object[] {id, fundId});
                default -> throw new IllegalArgumentException(view);
            };
        }

        void plant(ProjectionAdminEndToEndTest test) {
            assertThat(test.jdbc.update(insert, values)).isOne();
        }

        boolean present(ProjectionAdminEndToEndTest test) {
            return test.jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + key, Long.class) > 0;
        }

        void remove(ProjectionAdminEndToEndTest test) {
            test.jdbc.update("DELETE FROM " + table + " WHERE " + key);
        }
    }
}
