package org.ipfund.projections.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.investment.CoInvestmentId;
import org.ipfund.domain.investment.CoInvestmentRecorded;
import org.ipfund.domain.investment.CoInvestmentReversed;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.DirectInvestmentRecorded;
import org.ipfund.domain.investment.FollowOnInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.InvestmentReversed;
import org.ipfund.domain.investment.Lead;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;

/**
 * A random but valid history of one fund: commitments, capital calls split over commitments, contributions,
 * deals at home and abroad, co-investors, sub-funds and reversals of each reversible kind, with amounts down
 * to the fen, each within what the fund's rules allow at that point. Alongside the events it keeps its own
 * books, in the fund's words rather than in ledger accounts (what is committed, called, owed, paid in, put to
 * work), so that the ledger can be checked against a sum it did not compute.
 */
public final class RandomFundHistory {

    private static final LocalDate LAUNCH = LocalDate.of(2017, 3, 1);

    private final Random random;
    private final FundId fund;
    private final Currency currency;
    private final boolean launchesSubFunds;
    private final List<Object> events = new ArrayList<>();
    private final List<RandomFundHistory> subFunds = new ArrayList<>();
    private LocalDate date = LAUNCH;
    private int lastId;

    // the facts as they stand, each with what is left of it
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<Receivable> receivables = new ArrayList<>();
    private final List<Contribution> contributions = new ArrayList<>();
    private final List<Deal> deals = new ArrayList<>();
    private final List<CoInvestment> coInvestments = new ArrayList<>();

    // running totals, kept as each fact happens
    private BigDecimal committed;
    private BigDecimal uncalled;
    private BigDecimal receivable;
    private BigDecimal cash;
    private BigDecimal invested;
    private BigDecimal committedToSubFunds;
    private BigDecimal coInvested;
    private int transfers;

    private RandomFundHistory(Random random, FundId fund, Currency currency, FundType type) {
        this.random = random;
        this.fund = fund;
        this.currency = currency;
        this.launchesSubFunds = type != FundType.SUB;
        committed = uncalled = receivable = cash = invested = committedToSubFunds = coInvested = zero();
        events.add(new FundLaunched(fund, "random fund " + fund.value(), type, currency, LAUNCH, FundPolicy.none()));
    }

    /** A fund of its own (in CNY, now and then in USD) with up to {@code maxSteps} facts, and its sub-funds. */
    public static RandomFundHistory play(Random random, String fundId, int maxSteps) {
        Currency currency = Currency.getInstance(random.nextInt(5) == 0 ? "USD" : "CNY");
        FundType type = random.nextBoolean() ? FundType.GUIDANCE : FundType.MOTHER;
        RandomFundHistory history = new RandomFundHistory(random, new FundId(fundId), currency, type);
        history.steps(1 + random.nextInt(maxSteps));
        return history;
    }

    public FundId fund() {
        return fund;
    }

    public Currency currency() {
        return currency;
    }

    /** The fund's events in order, launch first. */
    public List<Object> events() {
        return Collections.unmodifiableList(events);
    }

    /** The sub-funds it launched, each a history of its own that begins with the parent's commitment. */
    public List<RandomFundHistory> subFunds() {
        return Collections.unmodifiableList(subFunds);
    }

    /** How many lines its money movements must post: two per transfer (one per call allocation). */
    int expectedLines() {
        return 2 * transfers;
    }

    /** Debits minus credits per account, from the running totals; accounts at zero left out. */
    Map<LedgerAccount, BigDecimal> expectedBalances() {
        Map<LedgerAccount, BigDecimal> balances = new TreeMap<>();
        balances.put(LedgerAccount.UNCALLED_COMMITMENTS, uncalled);
        balances.put(LedgerAccount.COMMITTED_CAPITAL, committed.negate());
        balances.put(LedgerAccount.CAPITAL_RECEIVABLE, receivable);
        balances.put(LedgerAccount.CASH, cash);
        balances.put(LedgerAccount.INVESTMENTS_AT_COST, invested);
        balances.put(LedgerAccount.SUB_FUND_COMMITMENTS, committedToSubFunds);
        balances.put(LedgerAccount.SUB_FUND_OBLIGATIONS, committedToSubFunds.negate());
        balances.put(LedgerAccount.CO_INVESTED_CAPITAL, coInvested);
        balances.put(LedgerAccount.CO_INVESTORS_MEMO, coInvested.negate());
        balances.values().removeIf(balance -> balance.signum() == 0);
        return balances;
    }

    /**
     * Debits minus credits per account and capital source ({@code "CASH/SOCIAL"}; {@code "CASH/-"} for lines
     * without a source), summed again from the facts as they stand; zeros left out.
     */
    Map<String, BigDecimal> expectedBalancesBySource() {
        Map<String, BigDecimal> balances = new TreeMap<>();
        for (Commitment commitment : commitments) {
            if (!commitment.reversed) {
                add(balances, LedgerAccount.UNCALLED_COMMITMENTS, commitment.source, commitment.amount.subtract(commitment.called));
                add(balances, LedgerAccount.COMMITTED_CAPITAL, commitment.source, commitment.amount.negate());
            }
        }
        for (Receivable owed : receivables) {
            add(balances, LedgerAccount.CAPITAL_RECEIVABLE, owed.commitment.source, owed.outstanding);
        }
        for (Contribution contribution : contributions) {
            if (!contribution.reversed) {
                add(balances, LedgerAccount.CASH, contribution.owed.commitment.source, contribution.amount);
            }
        }
        for (Deal deal : deals) {
            if (!deal.reversed) {
                add(balances, LedgerAccount.INVESTMENTS_AT_COST, null, deal.cost.amount());
                add(balances, LedgerAccount.CASH, null, deal.cost.amount().negate());
            }
        }
        for (RandomFundHistory subFund : subFunds) {
            Commitment parents = subFund.commitments.get(0);
            add(balances, LedgerAccount.SUB_FUND_COMMITMENTS, parents.source, parents.amount);
            add(balances, LedgerAccount.SUB_FUND_OBLIGATIONS, parents.source, parents.amount.negate());
        }
        for (CoInvestment co : coInvestments) {
            if (!co.reversed) {
                add(balances, LedgerAccount.CO_INVESTED_CAPITAL, co.source, co.fundAmount.amount());
                add(balances, LedgerAccount.CO_INVESTORS_MEMO, co.source, co.fundAmount.amount().negate());
            }
        }
        balances.values().removeIf(balance -> balance.signum() == 0);
        return balances;
    }

    private static void add(Map<String, BigDecimal> balances, LedgerAccount account, CapitalSource source,
                            BigDecimal amount) {
        balances.merge(account + "/" + (source == null ? "-" : source.name()), amount, BigDecimal::add);
    }

    // ---- the steps ----

    private void steps(int count) {
        List<BooleanSupplier> kinds = new ArrayList<>(List.of(this::commit, this::commit, this::call, this::call,
                this::contribute, this::contribute, this::contribute, this::invest, this::invest, this::coInvest,
                this::reverseCommitment, this::reverseContribution, this::reverseInvestment,
                this::reverseCoInvestment));
        if (launchesSubFunds) {
            kinds.add(this::launchSubFund);
        }
        int done = 0;
        for (int attempts = 0; done < count && attempts < 20 * count; attempts++) {
            if (random.nextInt(3) == 0) {
                date = date.plusDays(random.nextInt(20));
            }
            if (kinds.get(random.nextInt(kinds.size())).getAsBoolean()) {
                done++;
            }
        }
    }

    private boolean commit() {
        CapitalSource source = anySource();
        Money amount = amountUpTo(new BigDecimal("50000000.00"));
        CommitmentId id = new CommitmentId(nextId("c"));
        record(new Commitment(id, source, amount.amount(), true));
        events.add(new CommitmentRecorded(fund, id, "investor " + lastId, source, amount, date));
        return true;
    }

    private void record(Commitment commitment) {
        commitments.add(commitment);
        committed = committed.add(commitment.amount);
        uncalled = uncalled.add(commitment.amount);
        transfers++;
    }

    private boolean call() {
        List<Commitment> uncalledOnes = new ArrayList<>(commitments.stream()
                .filter(commitment -> !commitment.reversed && commitment.uncalled().signum() > 0).toList());
        if (uncalledOnes.isEmpty()) {
            return false;
        }
        Collections.shuffle(uncalledOnes, random);
        CallId callId = new CallId(nextId("k"));
        List<CallAllocation> allocations = new ArrayList<>();
        BigDecimal total = zero();
        for (Commitment commitment : uncalledOnes.subList(0, 1 + random.nextInt(Math.min(3, uncalledOnes.size())))) {
            BigDecimal asked = random.nextInt(3) == 0 ? commitment.uncalled() : amountUpTo(commitment.uncalled()).amount();
            commitment.called = commitment.called.add(asked);
            receivables.add(new Receivable(commitment, callId, asked));
            allocations.add(new CallAllocation(commitment.id, commitment.source, money(asked)));
            total = total.add(asked);
            uncalled = uncalled.subtract(asked);
            receivable = receivable.add(asked);
            transfers++;
        }
        events.add(new CapitalCalled(fund, callId, money(total), date, date.plusDays(30), allocations));
        return true;
    }

    private boolean contribute() {
        List<Receivable> owed = receivables.stream().filter(r -> r.outstanding.signum() > 0).toList();
        if (owed.isEmpty()) {
            return false;
        }
        Receivable paying = owed.get(random.nextInt(owed.size()));
        BigDecimal amount = random.nextBoolean() ? paying.outstanding : amountUpTo(paying.outstanding).amount();
        Contribution contribution = new Contribution(new ContributionId(nextId("p")), paying, amount);
        contributions.add(contribution);
        paying.outstanding = paying.outstanding.subtract(amount);
        receivable = receivable.subtract(amount);
        cash = cash.add(amount);
        transfers++;
        events.add(new ContributionReceived(fund, contribution.id, paying.commitment.id, paying.callId,
                paying.commitment.source, money(amount), date));
        return true;
    }

    private boolean invest() {
        BigDecimal available = available();
        if (available.signum() <= 0) {
            return false;
        }
        InvestmentId id = new InvestmentId(nextId("d"));
        Company company = new Company("company " + lastId, null, null, null);
        Money amount = amountUpTo(available);
        ExchangeRate rate = null;
        Money cost = amount;
        if (random.nextInt(4) == 0) {
            rate = anyRate();
            Money abroad = inOtherCurrency(amountUpTo(available).amount());
            Money converted = rate.convert(abroad, currency);
            if (converted.exceedsZero() && converted.amount().compareTo(available) <= 0) {
                amount = abroad;
                cost = converted;
            } else {
                rate = null;
            }
        }
        Deal deal = new Deal(id, cost);
        deals.add(deal);
        cash = cash.subtract(cost.amount());
        invested = invested.add(cost.amount());
        transfers++;
        if (random.nextBoolean()) {
            events.add(new DirectInvestmentRecorded(fund, id, company, amount, rate, cost, date, random.nextBoolean()));
        } else {
            Lead lead = random.nextBoolean() ? null : new Lead("lead " + lastId, amount, date);
            events.add(new FollowOnInvestmentRecorded(fund, id, company, amount, rate, cost, date, lead,
                    random.nextBoolean()));
        }
        return true;
    }

    private boolean coInvest() {
        List<Deal> open = deals.stream().filter(deal -> !deal.reversed).toList();
        if (open.isEmpty()) {
            return false;
        }
        Deal deal = open.get(random.nextInt(open.size()));
        CapitalSource source = anySource();
        Money amount = amountUpTo(new BigDecimal("100000000.00"));
        ExchangeRate rate = null;
        Money fundAmount = amount;
        if (random.nextInt(4) == 0) {
            rate = anyRate();
            amount = inOtherCurrency(amount.amount());
            fundAmount = rate.convert(amount, currency);
        }
        if (!fundAmount.exceedsZero()) {
            return false;
        }
        CoInvestment co = new CoInvestment(new CoInvestmentId(nextId("co")), deal, "co-investor " + lastId, source,
                fundAmount);
        coInvestments.add(co);
        coInvested = coInvested.add(fundAmount.amount());
        transfers++;
        events.add(new CoInvestmentRecorded(fund, deal.id, co.id, co.investor, source, amount, rate, fundAmount, date));
        return true;
    }

    /** The parent's side here; the sub-fund's launch and the parent's commitment in it begin a history of its own. */
    private boolean launchSubFund() {
        BigDecimal available = available();
        if (available.signum() <= 0) {
            return false;
        }
        Money amount = amountUpTo(available);
        CapitalSource source = anySource();
        FundId subFundId = new FundId(fund.value() + "-" + nextId("sub"));
        CommitmentId commitmentId = new CommitmentId("parent");
        Money targetSize = new Money(amount.amount().multiply(BigDecimal.valueOf(4)), currency);
        events.add(new SubFundCommitted(fund, subFundId, "sub-fund " + lastId, targetSize, commitmentId, amount,
                source, date));
        committedToSubFunds = committedToSubFunds.add(amount.amount());
        transfers++;

        RandomFundHistory subFund = new RandomFundHistory(random, subFundId, currency, FundType.SUB);
        subFund.date = date;
        subFund.record(new Commitment(commitmentId, source, amount.amount(), false));
        subFund.events.add(new CommitmentRecorded(subFundId, commitmentId, fund.value(), source, amount, date));
        subFund.steps(random.nextInt(15));
        subFunds.add(subFund);
        return true;
    }

    private boolean reverseCommitment() {
        List<Commitment> reversible = commitments.stream()
                .filter(c -> c.reversible && !c.reversed && c.called.signum() == 0).toList();
        if (reversible.isEmpty()) {
            return false;
        }
        Commitment commitment = reversible.get(random.nextInt(reversible.size()));
        commitment.reversed = true;
        committed = committed.subtract(commitment.amount);
        uncalled = uncalled.subtract(commitment.amount);
        transfers++;
        events.add(new CommitmentReversed(fund, new CorrectionId(nextId("fix")), commitment.id, commitment.source,
                money(commitment.amount), "recorded by mistake", date));
        return true;
    }

    private boolean reverseContribution() {
        BigDecimal available = available();
        List<Contribution> reversible = contributions.stream()
                .filter(c -> !c.reversed && c.amount.compareTo(available) <= 0).toList();
        if (reversible.isEmpty()) {
            return false;
        }
        Contribution contribution = reversible.get(random.nextInt(reversible.size()));
        contribution.reversed = true;
        contribution.owed.outstanding = contribution.owed.outstanding.add(contribution.amount);
        receivable = receivable.add(contribution.amount);
        cash = cash.subtract(contribution.amount);
        transfers++;
        Commitment commitment = contribution.owed.commitment;
        events.add(new ContributionReversed(fund, new CorrectionId(nextId("fix")), contribution.id, commitment.id,
                contribution.owed.callId, commitment.source, money(contribution.amount), "the bank returned it", date));
        return true;
    }

    private boolean reverseInvestment() {
        List<Deal> open = deals.stream().filter(deal -> !deal.reversed).toList();
        if (open.isEmpty()) {
            return false;
        }
        Deal deal = open.get(random.nextInt(open.size()));
        deal.reversed = true;
        cash = cash.add(deal.cost.amount());
        invested = invested.subtract(deal.cost.amount());
        transfers++;
        events.add(new InvestmentReversed(fund, new CorrectionId(nextId("fix")), deal.id, deal.cost,
                "recorded in the wrong fund", date));
        return true;
    }

    private boolean reverseCoInvestment() {
        List<CoInvestment> standing = coInvestments.stream().filter(co -> !co.reversed).toList();
        if (standing.isEmpty()) {
            return false;
        }
        CoInvestment co = standing.get(random.nextInt(standing.size()));
        co.reversed = true;
        coInvested = coInvested.subtract(co.fundAmount.amount());
        transfers++;
        events.add(new CoInvestmentReversed(fund, new CorrectionId(nextId("fix")), co.deal.id, co.id, co.investor,
                co.source, co.fundAmount, "the co-investor withdrew", date));
        return true;
    }

    // ---- amounts ----

    /** What the fund may still put to work: paid in, less its deals and its commitments to sub-funds. */
    private BigDecimal available() {
        return cash.subtract(committedToSubFunds);
    }

    /** An amount from one fen up to {@code max}, often with fen, now and then a round figure. */
    private Money amountUpTo(BigDecimal max) {
        long maxUnits = max.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
        long units = 1 + random.nextLong(maxUnits);
        if (random.nextInt(4) == 0 && units > 100) {
            units -= units % 100;
        }
        return money(BigDecimal.valueOf(units, currency.getDefaultFractionDigits()));
    }

    private Money inOtherCurrency(BigDecimal amount) {
        return Money.of(amount.toPlainString(), currency.getCurrencyCode().equals("CNY") ? "USD" : "CNY");
    }

    private ExchangeRate anyRate() {
        return new ExchangeRate(BigDecimal.valueOf(1000 + random.nextInt(99000), 4));
    }

    private CapitalSource anySource() {
        return CapitalSource.values()[random.nextInt(CapitalSource.values().length)];
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency);
    }

    private BigDecimal zero() {
        return Money.zero(currency).amount();
    }

    private String nextId(String prefix) {
        return prefix + (++lastId);
    }

    // ---- the facts, with what is left of each ----

    private static final class Commitment {
        final CommitmentId id;
        final CapitalSource source;
        final BigDecimal amount;
        final boolean reversible;
        BigDecimal called = BigDecimal.ZERO;
        boolean reversed;

        Commitment(CommitmentId id, CapitalSource source, BigDecimal amount, boolean reversible) {
            this.id = id;
            this.source = source;
            this.amount = amount;
            this.reversible = reversible;
        }

        BigDecimal uncalled() {
            return amount.subtract(called);
        }
    }

    /** What one call asked of one commitment, less what was paid against it. */
    private static final class Receivable {
        final Commitment commitment;
        final CallId callId;
        BigDecimal outstanding;

        Receivable(Commitment commitment, CallId callId, BigDecimal outstanding) {
            this.commitment = commitment;
            this.callId = callId;
            this.outstanding = outstanding;
        }
    }

    private static final class Contribution {
        final ContributionId id;
        final Receivable owed;
        final BigDecimal amount;
        boolean reversed;

        Contribution(ContributionId id, Receivable owed, BigDecimal amount) {
            this.id = id;
            this.owed = owed;
            this.amount = amount;
        }
    }

    private static final class Deal {
        final InvestmentId id;
        final Money cost;
        boolean reversed;

        Deal(InvestmentId id, Money cost) {
            this.id = id;
            this.cost = cost;
        }
    }

    private static final class CoInvestment {
        final CoInvestmentId id;
        final Deal deal;
        final String investor;
        final CapitalSource source;
        final Money fundAmount;
        boolean reversed;

        CoInvestment(CoInvestmentId id, Deal deal, String investor, CapitalSource source, Money fundAmount) {
            this.id = id;
            this.deal = deal;
            this.investor = investor;
            this.source = source;
            this.fundAmount = fundAmount;
        }
    }
}
