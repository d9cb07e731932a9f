package org.ipfund.projections.holding;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ipfund.domain.figures.CashHeld;
import org.ipfund.domain.figures.DatedFlow;
import org.ipfund.domain.figures.HoldingValue;
import org.ipfund.domain.figures.IdleCapital;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.projections.ReversalView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the figures of the second half of a fund's life need, read from the views as of a date: the holdings that
 * stand (deals and stakes in sub-funds) with their valuations and exits, the cash held, and the investors' dated flows.
 * A fact counts from its business date; a fact reversed on or before the date counts not at all, its own flows
 * included (so that a sum and the flows behind it agree on every date).
 * <p>
 * A stake in a sub-fund is a holding from the sub-fund's launch until the parent's commitment to it is reversed (a
 * correction that stands only while nothing was called from it). Not valued otherwise, it is worth the parent's share of the sub-fund's NAV, the share being the
 * parent's paid-in ÷ the sub-fund's paid-in: NAV is what paid-in money became, and distributions of gain follow
 * paid-in too. While nothing was paid into the sub-fund the stake is carried at what the parent paid into it, nothing:
 * its commitment is still the parent's cash, and counting it in the stake too would count it twice in the NAV.
 */
@Component
public class FundBooks {

    private static final String STANDS = "business_date <= ? AND (reversed_on IS NULL OR reversed_on > ?)";
    /**
     * Contributions recorded on or before the date, and their reversals recorded by then: a contribution stands unless
     * one of them reverses it. Read in one scan and matched here: as a {@code NOT EXISTS}, PostgreSQL planned a nested
     * loop over the fund's movements for each payment whenever its statistics lagged (a fund of 900 payments: 270 ms).
     */
    private static final String PAID_IN_BY_THEN = """
            SELECT commitment_id, business_date, amount, fact_id, reverses FROM capital_movement
            WHERE fund_id = ? AND kind = 'PAID_IN' AND business_date <= ?""";
    /** The fund's distributions that stand on the date: recorded by then and not reversed by then. */
    private static final String DISTRIBUTIONS_STANDING = """
            SELECT distribution_id, business_date FROM distribution_view
            WHERE fund_id = ? AND business_date <= ? AND (reversed_on IS NULL OR reversed_on > ?)""";
    /** What each of the fund's distributions paid each commitment; matched to the standing ones here, as above. */
    private static final String ALLOCATIONS = """
            SELECT distribution_id, commitment_id, amount FROM distribution_allocation_view WHERE fund_id = ?""";

    private final JdbcTemplate jdbc;

    public FundBooks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fund's currency, or empty when the views know no such fund. */
    public Optional<Currency> currencyOf(String fundId) {
        return jdbc.queryForList("SELECT currency FROM fund_view WHERE fund_id = ?", String.class, fundId).stream()
                .findFirst().map(Currency::getInstance);
    }

    /**
     * The fund's sub-funds launched on or before the date, in the order they were launched, each with what the parent
     * committed to it as recorded (top-ups included) and the correction that reversed that commitment, if one did by
     * then.
     */
    public List<SubFund> subFunds(String fundId, LocalDate asOf) {
        return jdbc.query("""
                SELECT f.fund_id, f.name, f.launch_date, f.parent_commitment_id, c.reversed_by, c.reversed_on, c.reason,
                       (SELECT COALESCE(SUM(m.amount), 0) FROM capital_movement m
                        WHERE m.fund_id = f.fund_id AND m.commitment_id = f.parent_commitment_id
                          AND m.kind = 'COMMITTED' AND m.reverses IS NULL AND m.business_date <= ?) AS committed
                FROM fund_view f
                LEFT JOIN commitment_view c ON c.fund_id = f.fund_id AND c.commitment_id = f.parent_commitment_id
                WHERE f.parent_fund_id = ? AND f.launch_date <= ? ORDER BY f.launch_date, f.fund_id""",
                (rs, row) -> new SubFund(rs.getString("fund_id"), rs.getString("name"),
                        rs.getObject("launch_date", LocalDate.class), rs.getString("parent_commitment_id"),
                        rs.getBigDecimal("committed"), ReversalView.of(rs, asOf)),
                asOf, fundId, asOf);
    }

    /** The sub-funds whose stake the fund holds on the date: those whose commitment was not reversed by then. */
    public List<SubFund> stakesHeld(String fundId, LocalDate asOf) {
        return subFunds(fundId, asOf).stream().filter(subFund -> subFund.reversal() == null).toList();
    }

    /** The fund's holdings that stand on the date, valued, and the cash it holds. */
    public FundPosition position(String fundId, Currency currency, LocalDate asOf) {
        HoldingFacts facts = HoldingFacts.of(jdbc, fundId, asOf);
        List<ValuedHolding> holdings = new ArrayList<>(deals(fundId, currency, asOf, facts));
        Money paidIntoSubFunds = Money.zero(currency);
        Money receivedFromSubFunds = Money.zero(currency);
        for (SubFund subFund : stakesHeld(fundId, asOf)) {
            ValuedHolding stake = stake(subFund, currency, asOf, facts);
            holdings.add(stake);
            paidIntoSubFunds = paidIntoSubFunds.plus(stake.stake().paidIn());
            receivedFromSubFunds = receivedFromSubFunds.plus(stake.stake().received());
        }
        Money invested = holdings.stream().filter(holding -> holding.kind() != HoldingKind.SUB_FUND)
                .map(holding -> holding.value().cost()).reduce(Money.zero(currency), Money::plus);
        Money proceeds = holdings.stream().map(holding -> holding.value().proceeds())
                .reduce(Money.zero(currency), Money::plus);
        CashHeld cash = new CashHeld(paidIn(fundId, currency, asOf, null), invested, paidIntoSubFunds,
                receivedFromSubFunds, proceeds, distributed(fundId, currency, asOf, null));
        return new FundPosition(fundId, currency, asOf, holdings, cash, facts);
    }

    /** What the fund's investors paid in by the date; {@code leftOut} names a commitment not counted (or null). */
    public Money paidIn(String fundId, Currency currency, LocalDate asOf, String leftOut) {
        return sum(paidInStanding(fundId, asOf, leftOut), currency);
    }

    /** What the fund distributed to its investors by the date; {@code leftOut} as for {@link #paidIn}. */
    public Money distributed(String fundId, Currency currency, LocalDate asOf, String leftOut) {
        return sum(allocationsStanding(fundId, asOf, leftOut), currency);
    }

    /**
     * The investors' dated flows up to the date: each payment in negative, each distribution to them positive;
     * {@code leftOut} names a commitment whose flows are not counted (a parent's, inside its family), or null.
     */
    public List<DatedFlow> investorFlows(String fundId, LocalDate asOf, String leftOut) {
        List<DatedFlow> flows = new ArrayList<>();
        paidInStanding(fundId, asOf, leftOut).forEach(paid -> flows.add(paid.negated().dated()));
        allocationsStanding(fundId, asOf, leftOut).forEach(received -> flows.add(received.dated()));
        return flows;
    }

    /**
     * Money that came into the fund to be put to work (paid-in, positive) and went to work or back (deals, payments
     * into sub-funds, distributions out of capital, negative), of the facts that stand on the date.
     */
    public List<IdleCapital.Movement> capitalAtWork(String fundId, Currency currency, LocalDate asOf) {
        List<IdleCapital.Movement> movements = new ArrayList<>();
        paidInStanding(fundId, asOf, null).forEach(paid -> movements.add(paid.movement(currency)));
        for (SubFund subFund : stakesHeld(fundId, asOf)) {
            paidInStanding(subFund.fundId(), asOf, null).stream()
                    .filter(paid -> paid.commitmentId().equals(subFund.parentCommitmentId()))
                    .forEach(paid -> movements.add(paid.negated().movement(currency)));
        }
        jdbc.query("""
                SELECT business_date, fund_amount AS amount FROM investment_view WHERE fund_id = ? AND %s
                UNION ALL
                SELECT business_date, from_capital FROM distribution_view WHERE fund_id = ? AND %s"""
                        .formatted(STANDS, STANDS),
                (ResultSet rs) -> {
                    movements.add(new IdleCapital.Movement(rs.getObject("business_date", LocalDate.class),
                            new Money(rs.getBigDecimal("amount").negate(), currency)));
                }, fundId, asOf, asOf, fundId, asOf, asOf);
        return movements;
    }

    private List<ValuedHolding> deals(String fundId, Currency currency, LocalDate asOf, HoldingFacts facts) {
        return jdbc.query("""
                SELECT investment_id, kind, company_name, fund_amount, business_date, in_target_region
                FROM investment_view WHERE fund_id = ? AND %s
                ORDER BY business_date, event_position""".formatted(STANDS),
                (rs, row) -> {
                    String investmentId = rs.getString("investment_id");
                    LocalDate date = rs.getObject("business_date", LocalDate.class);
                    Money cost = new Money(rs.getBigDecimal("fund_amount"), currency);
                    List<HoldingValue.Exit> exited = facts.standingExitsOf(investmentId);
                    List<DatedFlow> flows = new ArrayList<>();
                    flows.add(new DatedFlow(date, cost.amount().negate()));
                    exited.forEach(exit -> flows.add(new DatedFlow(exit.date(), exit.proceeds().amount())));
                    return new ValuedHolding(investmentId, HoldingKind.valueOf(rs.getString("kind")),
                            rs.getString("company_name"), date, rs.getBoolean("in_target_region"),
                            HoldingValue.on(asOf, cost, facts.standingValuationsOf(investmentId), exited),
                            null, flows);
                }, fundId, asOf, asOf);
    }

    private ValuedHolding stake(SubFund subFund, Currency currency, LocalDate asOf, HoldingFacts facts) {
        String commitmentId = subFund.parentCommitmentId();
        Money commitment = new Money(subFund.committed(), currency);
        List<CommitmentFlow> paid = paidInStanding(subFund.fundId(), asOf, null);
        Money subFundPaidIn = sum(paid, currency);
        List<CommitmentFlow> paidByParent = paid.stream()
                .filter(flow -> flow.commitmentId().equals(commitmentId)).toList();
        Money parentPaidIn = sum(paidByParent, currency);
        List<CommitmentFlow> received = allocationsStanding(subFund.fundId(), asOf, null).stream()
                .filter(flow -> flow.commitmentId().equals(commitmentId)).toList();
        Money subFundNav = position(subFund.fundId(), currency, asOf).nav();
        Ratio share = Ratio.between(parentPaidIn, subFundPaidIn);
        Money unvalued = HoldingValue.stakeInSubFund(subFundNav, parentPaidIn, subFundPaidIn);
        List<HoldingValue.Exit> exited = facts.standingExitsOf(subFund.fundId());
        List<DatedFlow> flows = new ArrayList<>();
        paidByParent.forEach(flow -> flows.add(flow.negated().dated()));
        received.forEach(flow -> flows.add(flow.dated()));
        exited.forEach(exit -> flows.add(new DatedFlow(exit.date(), exit.proceeds().amount())));
        HoldingValue value = HoldingValue.on(asOf, commitment,
                facts.standingValuationsOf(subFund.fundId()), exited, unvalued);
        return new ValuedHolding(subFund.fundId(), HoldingKind.SUB_FUND, subFund.name(), subFund.launchDate(), false,
                value, new ValuedHolding.Stake(subFund.fundId(), commitmentId, parentPaidIn, sum(received, currency),
                share, subFundNav), flows);
    }

    /** The contributions that stand on the date, but those of commitment {@code leftOut} (null: none left out). */
    private List<CommitmentFlow> paidInStanding(String fundId, LocalDate asOf, String leftOut) {
        List<Map.Entry<String, CommitmentFlow>> paid = new ArrayList<>(); // each payment's fact id beside its flow
        Set<String> reversed = new HashSet<>();
        jdbc.query(PAID_IN_BY_THEN, (ResultSet rs) -> {
            String reverses = rs.getString("reverses");
            if (reverses != null) {
                reversed.add(reverses);
                return;
            }
            String commitmentId = rs.getString("commitment_id");
            if (!commitmentId.equals(leftOut)) {
                paid.add(Map.entry(rs.getString("fact_id"), new CommitmentFlow(commitmentId,
                        rs.getObject("business_date", LocalDate.class), rs.getBigDecimal("amount"))));
            }
        }, fundId, asOf);
        return paid.stream().filter(payment -> !reversed.contains(payment.getKey())).map(Map.Entry::getValue).toList();
    }

    /** What the distributions that stand on the date paid each commitment, but {@code leftOut} (null: none). */
    private List<CommitmentFlow> allocationsStanding(String fundId, LocalDate asOf, String leftOut) {
        Map<String, LocalDate> standing = new HashMap<>();
        jdbc.query(DISTRIBUTIONS_STANDING, (ResultSet rs) -> {
            standing.put(rs.getString("distribution_id"), rs.getObject("business_date", LocalDate.class));
        }, fundId, asOf, asOf);
        List<CommitmentFlow> received = new ArrayList<>();
        if (standing.isEmpty()) {
            return received;
        }
        jdbc.query(ALLOCATIONS, (ResultSet rs) -> {
            LocalDate date = standing.get(rs.getString("distribution_id"));
            String commitmentId = rs.getString("commitment_id");
            if (date != null && !commitmentId.equals(leftOut)) {
                received.add(new CommitmentFlow(commitmentId, date, rs.getBigDecimal("amount")));
            }
        }, fundId);
        return received;
    }

    private static Money sum(List<CommitmentFlow> flows, Currency currency) {
        return flows.stream().map(flow -> new Money(flow.amount(), currency)).reduce(Money.zero(currency),
                Money::plus);
    }

    /** A payment in by, or a distribution to, one commitment, as its row states it (positive). */
    private record CommitmentFlow(String commitmentId, LocalDate date, BigDecimal amount) {

        CommitmentFlow negated() {
            return new CommitmentFlow(commitmentId, date, amount.negate());
        }

        DatedFlow dated() {
            return new DatedFlow(date, amount);
        }

        IdleCapital.Movement movement(Currency currency) {
            return new IdleCapital.Movement(date, new Money(amount, currency));
        }
    }

    /**
     * A sub-fund of a fund: its parent's commitment in it is {@code parentCommitmentId}, of {@code committed} as recorded
     * (top-ups included), and {@code reversal} the correction that reversed it (null while it stands).
     */
    public record SubFund(String fundId, String name, LocalDate launchDate, String parentCommitmentId,
                          BigDecimal committed, ReversalView reversal) {
    }
}
