package org.ipfund.app.testing;

import static org.ipfund.app.testing.Funds.call;
import static org.ipfund.app.testing.Funds.commitment;
import static org.ipfund.app.testing.Funds.contribution;
import static org.ipfund.app.testing.Funds.launch;
import static org.ipfund.app.testing.Funds.recorded;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ipfund.audit.history.AuditMetadata;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The second half of a fund's life for the audit tests: a fund that took capital in and made two deals, then values
 * one, sells part of it at a gain, writes the other off, distributes, and has a call and the write-off reversed.
 * Valuations, exits and distributions are sent as commands in the name of an actor of their own (their HTTP writes
 * are another branch's); everything else goes through HTTP as usual.
 */
public final class SecondHalf {

    private final Api api;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final String fund;

    public SecondHalf(Api api, CommandGateway commands, JdbcTemplate jdbc, String fund) {
        this.api = api;
        this.commands = commands;
        this.jdbc = jdbc;
        this.fund = fund;
    }

    /**
     * In {@code year} (the fund launched on 1 March): 300m committed (200m central, 100m city), 60m called and paid
     * in (40m, 20m) in April, deal-1 of 3m and deal-2 of 2m on 1 June; deal-1 valued at 10m on 30 June, 40% of it
     * sold for 5m on 1 August (cost released 1.2m, gain 3.8m), deal-2 written off on 1 September (a loss of 2m), 6m
     * distributed on 1 October (capital returned: 4m central, 2m city), a second call of 30m on 1 November reversed the
     * next day, and the write-off reversed on 1 December. Answers the position of the last event.
     */
    public long record(int year) {
        String y = String.valueOf(year);
        recorded(api.post("/api/funds", launch(fund, y + "-03-01")));
        recorded(post("/commitments", commitment("central", "Central finance", "CENTRAL_FISCAL", "200000000.00",
                y + "-03-02")));
        recorded(post("/commitments", commitment("city", "Xiamen Finance Bureau", "LOCAL_FISCAL", "100000000.00",
                y + "-03-02")));
        recorded(post("/capital-calls", call("call-1", "60000000.00", y + "-04-01")));
        recorded(post("/contributions", contribution("paid-central", "central", "call-1", "40000000.00",
                y + "-04-10")));
        recorded(post("/contributions", contribution("paid-city", "city", "call-1", "20000000.00", y + "-04-10")));
        recorded(post("/investments", deal("deal-1", "3000000.00", y + "-06-01")));
        recorded(post("/investments", deal("deal-2", "2000000.00", y + "-06-01")));
        send(new RecordValuation(new FundId(fund), new InvestmentId("deal-1"), new ValuationId("val-1"),
                cny("10000000.00"), null, date(y + "-06-30"), ValuationMethod.RECENT_TRANSACTION, "series B price"));
        send(new RecordExit(new FundId(fund), new InvestmentId("deal-1"), new ExitId("exit-1"), ExitKind.SALE,
                Ratio.of("0.40"), cny("5000000.00"), null, "Xiamen C&D Group", date(y + "-08-01")));
        send(new RecordExit(new FundId(fund), new InvestmentId("deal-2"), new ExitId("exit-2"), ExitKind.WRITE_OFF,
                Ratio.of("1"), cny("0.00"), null, null, date(y + "-09-01")));
        send(new DistributeCapital(new FundId(fund), new DistributionId("dist-1"), cny("6000000.00"),
                date(y + "-10-01")));
        recorded(post("/capital-calls", call("call-2", "30000000.00", y + "-11-01")));
        recorded(post("/corrections", correction("fix-call-2", "call-2", y + "-11-02")));
        return recorded(post("/corrections", correction("fix-exit-2", "exit-2", y + "-12-01")));
    }

    /** Sends a command as the service's own writes do, with an actor; the position of the fund's last event. */
    public long send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(AuditMetadata.ACTOR, "second-half-test")));
        return jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, fund);
    }

    private Api.Response post(String suffix, String json) {
        return api.post("/api/funds/" + fund + suffix, json);
    }

    private static String deal(String investmentId, String amount, String date) {
        return """
                {"investmentId": "%s", "kind": "DIRECT", "company": {"name": "Xiamen Patent Operation Co."},
                 "amount": {"amount": "%s", "currency": "CNY"}, "date": "%s"}""".formatted(investmentId, amount, date);
    }

    private static String correction(String correctionId, String reverses, String date) {
        return """
                {"correctionId": "%s", "reverses": "%s", "reason": "recorded in error", "date": "%s"}"""
                .formatted(correctionId, reverses, date);
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
