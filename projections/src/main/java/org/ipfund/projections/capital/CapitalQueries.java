package org.ipfund.projections.capital;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.figures.CapitalMovement;
import org.ipfund.domain.figures.CapitalPosition;
import org.ipfund.domain.figures.CapitalTimeline;
import org.ipfund.domain.figures.RaisedCapital;
import org.ipfund.domain.figures.ShareCapCompliance;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;
import org.ipfund.projections.ReversalView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the capital queries from the tables {@link CapitalPositionProjection} keeps, as of any date. */
@Component
public class CapitalQueries {

    private static final String FUND_COLUMNS = """
            SELECT fund_id, name, type, currency, launch_date, parent_fund_id, target_size, parent_commitment_id
            FROM fund_view""";

    private final JdbcTemplate jdbc;
    private final FundPolicies policies;

    public CapitalQueries(JdbcTemplate jdbc, FundPolicies policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    @QueryHandler
    public FundView handle(FindFund query) {
        FundRow fund = fund(query.fundId());
        return fund == null ? null : view(fund, query.asOf());
    }

    @QueryHandler
    public List<FundView> handle(FindFunds query) {
        return jdbc.query(FUND_COLUMNS + " ORDER BY launch_date, fund_id", FundRow::read).stream()
                .map(fund -> view(fund, query.asOf()))
                .toList();
    }

    @QueryHandler
    public FundCommitments handle(FindCommitments query) {
        FundRow fund = fund(query.fundId());
        if (fund == null) {
            return null;
        }
        LocalDate asOf = query.asOf();
        List<CommitmentView> commitments = jdbc.query("""
                SELECT c.commitment_id, c.investor, c.source, c.business_date, c.reversed_by, c.reversed_on, c.reason,
                       (SELECT COALESCE(SUM(x.amount), 0) FROM capital_movement x
                        WHERE x.fund_id = c.fund_id AND x.commitment_id = c.commitment_id AND x.kind = 'COMMITTED'
                          AND x.reverses IS NULL AND x.business_date <= ?) AS amount,
                       COALESCE(SUM(m.amount) FILTER (WHERE m.kind = 'CALLED'), 0) AS called,
                       COALESCE(SUM(m.amount) FILTER (WHERE m.kind = 'PAID_IN'), 0) AS paid_in
                FROM commitment_view c
                LEFT JOIN capital_movement m ON m.fund_id = c.fund_id AND m.commitment_id = c.commitment_id
                     AND m.kind IN ('CALLED', 'PAID_IN') AND m.business_date <= ?
                WHERE c.fund_id = ? AND c.business_date <= ?
                GROUP BY c.fund_id, c.commitment_id, c.investor, c.source, c.business_date, c.reversed_by,
                         c.reversed_on, c.reason, c.event_position
                ORDER BY c.event_position""",
                (rs, row) -> {
                    Money recorded = money(rs.getBigDecimal("amount"), fund.currency());
                    Money called = money(rs.getBigDecimal("called"), fund.currency());
                    Money paidIn = money(rs.getBigDecimal("paid_in"), fund.currency());
                    LocalDate reversedOn = rs.getObject("reversed_on", LocalDate.class);
                    boolean reversed = reversedOn != null && !reversedOn.isAfter(query.asOf());
                    Money amount = reversed ? Money.zero(fund.currency()) : recorded;
                    ReversalView reversal = reversed ? new ReversalView(
                            rs.getString("reversed_by"), reversedOn, rs.getString("reason")) : null;
                    return new CommitmentView(rs.getString("commitment_id"), rs.getString("investor"),
                            CapitalSource.valueOf(rs.getString("source")), recorded, amount,
                            rs.getObject("business_date", LocalDate.class), called, paidIn, amount.minus(called),
                            amount.minus(paidIn), reversal);
                }, asOf, asOf, query.fundId(), asOf);
        return new FundCommitments(fund.fundId(), query.asOf(), commitments);
    }

    @QueryHandler
    public FundCapitalCalls handle(FindCapitalCalls query) {
        FundRow fund = fund(query.fundId());
        if (fund == null) {
            return null;
        }
        LocalDate asOf = query.asOf();
        Map<String, List<CapitalCallView.Allocation>> allocations = new HashMap<>();
        jdbc.query("""
                SELECT called.call_id, called.commitment_id, called.source, called.amount AS called,
                       COALESCE(SUM(paid.amount), 0) AS paid_in
                FROM capital_movement called
                LEFT JOIN capital_movement paid ON paid.fund_id = called.fund_id AND paid.kind = 'PAID_IN'
                     AND paid.call_id = called.call_id AND paid.commitment_id = called.commitment_id
                     AND paid.business_date <= ?
                WHERE called.fund_id = ? AND called.kind = 'CALLED' AND called.reverses IS NULL
                  AND called.business_date <= ?
                GROUP BY called.call_id, called.commitment_id, called.source, called.amount, called.line
                ORDER BY called.call_id, called.line""",
                (ResultSet rs) -> {
                    Money called = money(rs.getBigDecimal("called"), fund.currency());
                    Money paidIn = money(rs.getBigDecimal("paid_in"), fund.currency());
                    allocations.computeIfAbsent(rs.getString("call_id"), id -> new ArrayList<>())
                            .add(new CapitalCallView.Allocation(rs.getString("commitment_id"),
                                    CapitalSource.valueOf(rs.getString("source")), called, paidIn, called.minus(paidIn)));
                }, asOf, query.fundId(), asOf);
        List<CapitalCallView> calls = jdbc.query("""
                SELECT call_id, amount, business_date, due_date, reversed_by, reversed_on, reason
                FROM capital_call_view
                WHERE fund_id = ? AND business_date <= ? ORDER BY business_date, event_position""",
                (rs, row) -> {
                    String callId = rs.getString("call_id");
                    ReversalView reversal = ReversalView.of(rs, asOf);
                    List<CapitalCallView.Allocation> asked = allocations.getOrDefault(callId, List.of());
                    if (reversal != null) {
                        // nothing was paid against a reversed call: from the correction on, nothing is outstanding
                        asked = asked.stream().map(allocation -> new CapitalCallView.Allocation(
                                allocation.commitmentId(), allocation.source(), allocation.called(),
                                allocation.paidIn(), Money.zero(fund.currency()))).toList();
                    }
                    Money paidIn = asked.stream().map(CapitalCallView.Allocation::paidIn)
                            .reduce(Money.zero(fund.currency()), Money::plus);
                    Money amount = money(rs.getBigDecimal("amount"), fund.currency());
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    Money outstanding = reversal == null ? amount.minus(paidIn) : Money.zero(fund.currency());
                    return new CapitalCallView(callId, amount, rs.getObject("business_date", LocalDate.class),
                            due, paidIn, outstanding, asked, reversal);
                }, query.fundId(), asOf);
        return new FundCapitalCalls(fund.fundId(), query.asOf(), calls);
    }

    @QueryHandler
    public ContributionView handle(FindContribution query) {
        FundRow fund = fund(query.fundId());
        if (fund == null) {
            return null;
        }
        List<ContributionView> found = jdbc.query("""
                SELECT fact_id, commitment_id, call_id, source, amount, business_date FROM capital_movement
                WHERE fund_id = ? AND fact_id = ? AND kind = 'PAID_IN' AND reverses IS NULL""",
                (rs, row) -> new ContributionView(rs.getString("fact_id"), rs.getString("commitment_id"),
                        rs.getString("call_id"), CapitalSource.valueOf(rs.getString("source")),
                        money(rs.getBigDecimal("amount"), fund.currency()), rs.getObject("business_date", LocalDate.class)),
                query.fundId(), query.contributionId());
        return found.isEmpty() ? null : found.get(0);
    }

    private FundRow fund(String fundId) {
        List<FundRow> funds = jdbc.query(FUND_COLUMNS + " WHERE fund_id = ?", FundRow::read, fundId);
        return funds.isEmpty() ? null : funds.get(0);
    }

    private FundView view(FundRow fund, LocalDate asOf) {
        Map<CapitalSource, Map<MovementKind, BigDecimal>> sums = new EnumMap<>(CapitalSource.class);
        jdbc.query("""
                SELECT source, kind, SUM(amount) AS total FROM capital_movement
                WHERE fund_id = ? AND business_date <= ? GROUP BY source, kind""",
                (ResultSet rs) -> {
                    sums.computeIfAbsent(CapitalSource.valueOf(rs.getString("source")), s -> new HashMap<>())
                            .put(MovementKind.valueOf(rs.getString("kind")), rs.getBigDecimal("total"));
                }, fund.fundId(), asOf);
        FundPolicy wholePolicy = policies.policy(fund.fundId(), fund.currency());
        PolicyTerms policy = wholePolicy.inForceOn(asOf);
        Map<DeploymentKind, BigDecimal> deployed = new EnumMap<>(DeploymentKind.class);
        jdbc.query("""
                SELECT kind, SUM(amount) AS total FROM capital_deployment
                WHERE fund_id = ? AND business_date <= ? GROUP BY kind""",
                (ResultSet rs) -> {
                    deployed.put(DeploymentKind.valueOf(rs.getString("kind")), rs.getBigDecimal("total"));
                }, fund.fundId(), asOf);
        Money invested = money(deployed.get(DeploymentKind.INVESTED), fund.currency());
        Money toSubFunds = money(deployed.get(DeploymentKind.SUB_FUND), fund.currency());
        Money zero = Money.zero(fund.currency());
        Map<CapitalSource, RaisedCapital> bySource = new LinkedHashMap<>();
        Money committed = zero;
        Money called = zero;
        Money paidIn = zero;
        for (CapitalSource source : CapitalSource.values()) {
            Map<MovementKind, BigDecimal> totals = sums.getOrDefault(source, Map.of());
            Money sourceCommitted = money(totals.get(MovementKind.COMMITTED), fund.currency());
            Money sourceCalled = money(totals.get(MovementKind.CALLED), fund.currency());
            Money sourcePaidIn = money(totals.get(MovementKind.PAID_IN), fund.currency());
            bySource.put(source, RaisedCapital.of(sourceCommitted, sourceCalled, sourcePaidIn));
            committed = committed.plus(sourceCommitted);
            called = called.plus(sourceCalled);
            paidIn = paidIn.plus(sourcePaidIn);
        }
        CapitalTimeline timeline = timeline(fund, wholePolicy);
        CapitalPosition total = CapitalPosition.on(asOf, timeline, committed, called, paidIn, invested, toSubFunds);
        Money investable = timeline.investableOn(asOf);
        Money government = bySource.get(CapitalSource.CENTRAL_FISCAL).committed()
                .plus(bySource.get(CapitalSource.LOCAL_FISCAL).committed());
        FundView.Parent parent = fund.parentFundId() == null ? null
                : parent(fund, committed, government, policy.governmentShareCap(), asOf);
        return new FundView(fund.fundId(), fund.name(), fund.type(), fund.currency(), fund.launchDate(), asOf,
                total, investable, bySource, parent, policy);
    }

    /** The fund's balance over business time, from its movements of every date, summed per date. */
    private CapitalTimeline timeline(FundRow fund, FundPolicy policy) {
        List<CapitalMovement> movements = jdbc.query("""
                SELECT business_date, SUM(cash) AS cash, SUM(unfunded) AS unfunded FROM (
                    SELECT business_date, SUM(amount) FILTER (WHERE kind = 'PAID_IN') AS cash,
                           SUM(CASE kind WHEN 'COMMITTED' THEN amount ELSE -amount END) AS unfunded
                    FROM capital_movement WHERE fund_id = ? AND kind IN ('COMMITTED', 'PAID_IN')
                    GROUP BY business_date
                    UNION ALL
                    SELECT business_date, -SUM(amount), 0 FROM capital_deployment WHERE fund_id = ?
                    GROUP BY business_date) moved
                GROUP BY business_date""",
                (rs, row) -> new CapitalMovement(rs.getObject("business_date", LocalDate.class),
                        money(rs.getBigDecimal("cash"), fund.currency()),
                        money(rs.getBigDecimal("unfunded"), fund.currency())),
                fund.fundId(), fund.fundId());
        return CapitalTimeline.of(fund.currency(), movements, policy);
    }

    private FundView.Parent parent(FundRow fund, Money committed, Money government, Ratio governmentCap,
                                   LocalDate asOf) {
        List<BigDecimal> parentAmounts = jdbc.queryForList("""
                SELECT COALESCE(SUM(amount), 0) FROM capital_movement
                WHERE fund_id = ? AND commitment_id = ? AND kind = 'COMMITTED' AND business_date <= ?""",
                BigDecimal.class, fund.fundId(), fund.parentCommitmentId(), asOf);
        Money commitment = money(parentAmounts.get(0), fund.currency());
        Ratio share = Ratio.between(commitment, committed);
        Ratio cap = policies.inForce(fund.parentFundId(), fund.currency(), asOf).shareCap();
        boolean breached = ShareCapCompliance.breached(commitment, committed, cap);
        return new FundView.Parent(fund.parentFundId(), money(fund.targetSize(), fund.currency()),
                fund.parentCommitmentId(), commitment, share, cap, breached, government,
                Ratio.between(government, committed), governmentCap,
                ShareCapCompliance.breached(government, committed, governmentCap));
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return new Money(amount == null ? BigDecimal.ZERO : amount, currency);
    }

    private record FundRow(String fundId, String name, FundType type, Currency currency, LocalDate launchDate,
                           String parentFundId, BigDecimal targetSize, String parentCommitmentId) {

        static FundRow read(ResultSet rs, int row) throws SQLException {
            return new FundRow(rs.getString("fund_id"), rs.getString("name"), FundType.valueOf(rs.getString("type")),
                    Currency.getInstance(rs.getString("currency")), rs.getObject("launch_date", LocalDate.class),
                    rs.getString("parent_fund_id"), rs.getBigDecimal("target_size"),
                    rs.getString("parent_commitment_id"));
        }
    }
}
