package org.ipfund.projections.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.CorrectionId;
import org.ipfund.domain.figures.DistributionWaterfall;
import org.ipfund.domain.fund.CallAllocation;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CapitalCallReversed;
import org.ipfund.domain.fund.CapitalCalled;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.CommitmentReversed;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.ContributionReceived;
import org.ipfund.domain.fund.ContributionReversed;
import org.ipfund.domain.fund.DistributionAllocation;
import org.ipfund.domain.fund.DistributionId;
import org.ipfund.domain.fund.DistributionReversed;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.holding.ExitId;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.ExitReversed;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.holding.ValuationId;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.holding.ValuationRecorded;
import org.ipfund.domain.holding.ValuationReversed;
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
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.FundPolicy;

/**
 * A random but valid history of one fund: commitments, capital calls split over commitments, contributions,
 * deals at home and abroad, co-investors, sub-funds and reversals of each reversible kind, with amounts down
 * to the fen, each within what the fund's rules allow at that point; played {@link #playWholeLife whole}, also
 * valuations, exits at a gain or a loss, distributions and their reversals, and reversed calls that nothing was paid
 * against. Alongside the events it keeps its own
 * books, in the fund's words rather than in ledger accounts (what is committed, called, owed, paid in, put to
 * work), so that the ledger can be checked against a sum it did not compute.
 */
public final class RandomFundHistory {

    private static final LocalDate LAUNCH = LocalDate.of(2017, 3, 1);

    private final Random random;
    private final FundId fund;
    private final Currency currency;
    private final boolean launchesSubFunds;
    private final boolean wholeLife;
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
    private final List<Call> calls = new ArrayList<>();
    private final List<Valuation> valuations = new ArrayList<>();
    private final List<Exit> exits = new ArrayList<>();
    private final List<Distribution> distributions = new ArrayList<>();

    // running totals, kept as each fact happens
    private BigDecimal committed;
    private BigDecimal uncalled;
    private BigDecimal receivable;
    private BigDecimal cash;
    private BigDecimal invested;
    private BigDecimal committedToSubFunds;
    private BigDecimal coInvested;
    private BigDecimal costOfExits;
    private BigDecimal realisedGains;
    private BigDecimal capitalReturned;
    private BigDecimal gainsDistributed;
    private BigDecimal fairValuesStated;
    private int transfers;

    private RandomFundHistory(Random random, FundId fund, Currency currency, FundType type, boolean wholeLife) {
        this.random = random;
        this.fund = fund;
        this.currency = currency;
        this.launchesSubFunds = type != FundType.SUB;
        this.wholeLife = wholeLife;
        committed = uncalled = receivable = cash = invested = committedToSubFunds = coInvested = zero();
        costOfExits = realisedGains = capitalReturned = gainsDistributed = fairValuesStated = zero();
        events.add(new FundLaunched(fund, "random fund " + fund.value(), type, currency, LAUNCH, FundPolicy.none()));
    }

    /** A fund of its own (in CNY, now and then in USD) with up to {@code maxSteps} facts, and its sub-funds. */
    public static RandomFundHistory play(Random random, String fundId, int maxSteps) {
        return play(random, fundId, maxSteps, false);
    }

    /** As {@link #play}, with the second half of a fund's life too: valuations, exits, distributions, reversed calls. */
    public static RandomFundHistory playWholeLife(Random random, String fundId, int maxSteps) {
        return play(random, fundId, maxSteps, true);
    }

    private static RandomFundHistory play(Random random, String fundId, int maxSteps, boolean wholeLife) {
        Currency currency = Currency.getInstance(random.nextInt(5) == 0 ? "USD" : "CNY");
        FundType type = random.nextBoolean() ? FundType.GUIDANCE : FundType.MOTHER;
        RandomFundHistory history = new RandomFundHistory(random, new FundId(fundId), currency, type, wholeLife);
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

    /**
     * How many lines its money movements must post: two per transfer of a non-zero amount (one per call allocation;
     * an exit's proceeds and gain or loss, a distribution's capital and gain per commitment).
     */
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
        balances.put(LedgerAccount.COST_OF_HOLDINGS_EXITED, costOfExits.negate());
        balances.put(LedgerAccount.REALISED_GAINS, realisedGains.negate());
        balances.put(LedgerAccount.CAPITAL_RETURNED, capitalReturned);
        balances.put(LedgerAccount.GAINS_DISTRIBUTED, gainsDistributed);
        balances.put(LedgerAccount.FAIR_VALUES_STATED, fairValuesStated);
        balances.put(LedgerAccount.VALUATIONS_MEMO, fairValuesStated.negate());
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
        for (Valuation valuation : valuations) {
            if (!valuation.reversed) {
                add(balances, LedgerAccount.FAIR_VALUES_STATED, null, valuation.fairValue);
                add(balances, LedgerAccount.VALUATIONS_MEMO, null, valuation.fairValue.negate());
            }
        }
        for (Exit exit : exits) {
            if (!exit.reversed) {
                add(balances, LedgerAccount.CASH, null, exit.proceeds);
                add(balances, LedgerAccount.COST_OF_HOLDINGS_EXITED, null, exit.costReleased.negate());
                add(balances, LedgerAccount.REALISED_GAINS, null, exit.gain().negate());
            }
        }
        for (Distribution distribution : distributions) {
            if (!distribution.reversed) {
                for (DistributionAllocation paid : distribution.allocations) {
                    add(balances, LedgerAccount.CASH, paid.source(), paid.amount().amount().negate());
                    add(balances, LedgerAccount.CAPITAL_RETURNED, paid.source(), paid.returnOfCapital().amount());
                    add(balances, LedgerAccount.GAINS_DISTRIBUTED, paid.source(), paid.gain().amount());
                }
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
        if (wholeLife) {
            kinds.addAll(List.of(this::value, this::exit, this::exit, this::distribute, this::reverseValuation,
                    this::reverseExit, this::reverseDistribution, this::reverseCall));
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
        Call call = new Call(callId);
        List<CallAllocation> allocations = new ArrayList<>();
        BigDecimal total = zero();
        for (Commitment commitment : uncalledOnes.subList(0, 1 + random.nextInt(Math.min(3, uncalledOnes.size())))) {
            BigDecimal asked = random.nextInt(3) == 0 ? commitment.uncalled() : amountUpTo(commitment.uncalled()).amount();
            commitment.called = commitment.called.add(asked);
            Receivable owed = new Receivable(commitment, callId, asked);
            receivables.add(owed);
            call.parts.add(owed);
            allocations.add(new CallAllocation(commitment.id, commitment.source, money(asked)));
            total = total.add(asked);
            uncalled = uncalled.subtract(asked);
            receivable = receivable.add(asked);
            transfers++;
        }
        events.add(new CapitalCalled(fund, callId, money(total), date, date.plusDays(30), allocations));
        call.allocations = allocations;
        call.total = total;
        calls.add(call);
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
        List<Deal> open = deals.stream().filter(deal -> !deal.reversed && !deal.closed).toList();
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

        RandomFundHistory subFund = new RandomFundHistory(random, subFundId, currency, FundType.SUB, wholeLife);
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

    /** A deal is reversed only while no valuation or exit of it stands. */
    private boolean reverseInvestment() {
        List<Deal> open = deals.stream().filter(deal -> !deal.reversed && !deal.hasStandingFacts()).toList();
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

    // ---- the second half of a fund's life ----

    private boolean value() {
        List<Deal> open = deals.stream().filter(deal -> !deal.reversed && !deal.closed).toList();
        if (open.isEmpty()) {
            return false;
        }
        Deal deal = open.get(random.nextInt(open.size()));
        Money fairValue = amountUpTo(new BigDecimal("90000000.00"));
        Valuation valuation = new Valuation(new ValuationId(nextId("v")), deal, fairValue.amount());
        valuations.add(valuation);
        deal.valuations.add(valuation);
        fairValuesStated = fairValuesStated.add(fairValue.amount());
        transfers++;
        ValuationMethod method = ValuationMethod.values()[random.nextInt(ValuationMethod.values().length)];
        events.add(new ValuationRecorded(fund, deal.id, valuation.id, fairValue, null, fairValue, date, method,
                "valued " + lastId));
        return true;
    }

    /** A share of what remains of an open deal, at a gain, a loss or written off; a share of 1 closes it. */
    private boolean exit() {
        List<Deal> open = deals.stream().filter(deal -> !deal.reversed && !deal.closed).toList();
        if (open.isEmpty()) {
            return false;
        }
        Deal deal = open.get(random.nextInt(open.size()));
        ExitKind kind = ExitKind.values()[random.nextInt(ExitKind.values().length)];
        boolean closes = random.nextInt(3) == 0;
        Ratio share = closes ? Ratio.of("1") : new Ratio(BigDecimal.valueOf(1 + random.nextInt(99), 2));
        BigDecimal remaining = deal.remaining();
        BigDecimal costReleased = closes ? remaining
                : remaining.multiply(share.value()).setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
        BigDecimal proceeds = kind == ExitKind.WRITE_OFF ? zero()
                : amountUpTo(costReleased.multiply(BigDecimal.valueOf(2)).add(BigDecimal.ONE)).amount();
        Exit exit = new Exit(new ExitId(nextId("x")), deal, proceeds, costReleased, closes);
        exits.add(exit);
        deal.exits.add(exit);
        deal.closed = closes;
        cash = cash.add(proceeds);
        costOfExits = costOfExits.add(costReleased);
        realisedGains = realisedGains.add(exit.gain());
        transfers += exit.transfers();
        Money cededPrice = kind == ExitKind.CEDED ? money(proceeds.min(costReleased)) : null;
        events.add(new HoldingExited(fund, deal.id, exit.id, kind, share, money(proceeds), null, money(proceeds),
                money(costReleased), money(exit.gain()), cededPrice, kind == ExitKind.WRITE_OFF ? null : "buyer " + lastId,
                false, closes, date));
        return true;
    }

    /** Paid out of what the fund may spend, split over the commitments by the waterfall. */
    private boolean distribute() {
        BigDecimal available = available();
        List<Commitment> paying = commitments.stream().filter(c -> paidIn(c).signum() > 0).toList();
        if (available.signum() <= 0 || paying.isEmpty()) {
            return false;
        }
        Money amount = amountUpTo(available);
        List<DistributionWaterfall.Stake> stakes = paying.stream().map(c -> new DistributionWaterfall.Stake(
                c.id.value(), money(paidIn(c)), money(returnedTo(c).min(paidIn(c))))).toList();
        List<DistributionWaterfall.Share> shares = DistributionWaterfall.split(amount, stakes);
        List<DistributionAllocation> allocations = new ArrayList<>();
        for (int i = 0; i < paying.size(); i++) {
            DistributionWaterfall.Share share = shares.get(i);
            if (share.amount().exceedsZero()) {
                Commitment commitment = paying.get(i);
                allocations.add(new DistributionAllocation(commitment.id, "investor " + commitment.id.value(),
                        commitment.source, share.amount(), share.returnOfCapital(), share.gain()));
            }
        }
        Distribution distribution = new Distribution(new DistributionId(nextId("dist")), amount.amount(), allocations);
        distributions.add(distribution);
        cash = cash.subtract(amount.amount());
        capitalReturned = capitalReturned.add(distribution.sum(DistributionAllocation::returnOfCapital));
        gainsDistributed = gainsDistributed.add(distribution.sum(DistributionAllocation::gain));
        transfers += distribution.transfers();
        events.add(new CapitalDistributed(fund, distribution.id, amount, date, allocations, money(zero()), amount));
        return true;
    }

    private boolean reverseValuation() {
        List<Valuation> standing = valuations.stream().filter(v -> !v.reversed && !v.deal.closed).toList();
        if (standing.isEmpty()) {
            return false;
        }
        Valuation valuation = standing.get(random.nextInt(standing.size()));
        valuation.reversed = true;
        valuation.deal.valuations.remove(valuation);
        fairValuesStated = fairValuesStated.subtract(valuation.fairValue);
        transfers++;
        events.add(new ValuationReversed(fund, new CorrectionId(nextId("fix")), valuation.deal.id, valuation.id,
                money(valuation.fairValue), "measured on the wrong basis", date));
        return true;
    }

    /** Only the latest exit of a deal, and only while the fund still holds its proceeds. */
    private boolean reverseExit() {
        BigDecimal available = available();
        List<Exit> latest = deals.stream().filter(deal -> !deal.exits.isEmpty())
                .map(deal -> deal.exits.get(deal.exits.size() - 1))
                .filter(exit -> exit.proceeds.compareTo(available) <= 0).toList();
        if (latest.isEmpty()) {
            return false;
        }
        Exit exit = latest.get(random.nextInt(latest.size()));
        exit.reversed = true;
        exit.deal.exits.remove(exit);
        exit.deal.closed = false;
        cash = cash.subtract(exit.proceeds);
        costOfExits = costOfExits.subtract(exit.costReleased);
        realisedGains = realisedGains.subtract(exit.gain());
        transfers += exit.transfers();
        events.add(new ExitReversed(fund, new CorrectionId(nextId("fix")), exit.deal.id, exit.id, money(exit.proceeds),
                money(exit.costReleased), money(exit.gain()), false, "the buyer did not pay", date));
        return true;
    }

    /** Only the latest distribution that stands. */
    private boolean reverseDistribution() {
        List<Distribution> standing = distributions.stream().filter(d -> !d.reversed).toList();
        if (standing.isEmpty()) {
            return false;
        }
        Distribution distribution = standing.get(standing.size() - 1);
        distribution.reversed = true;
        cash = cash.add(distribution.amount);
        capitalReturned = capitalReturned.subtract(distribution.sum(DistributionAllocation::returnOfCapital));
        gainsDistributed = gainsDistributed.subtract(distribution.sum(DistributionAllocation::gain));
        transfers += distribution.transfers();
        events.add(new DistributionReversed(fund, new CorrectionId(nextId("fix")), distribution.id,
                money(distribution.amount), distribution.allocations, money(zero()), money(distribution.amount),
                "paid to the wrong accounts", date));
        return true;
    }

    /** A call nothing was ever paid against: its commitments are uncalled again. */
    private boolean reverseCall() {
        List<Call> unpaid = calls.stream().filter(call -> !call.reversed)
                .filter(call -> contributions.stream().noneMatch(paid -> call.parts.contains(paid.owed))).toList();
        if (unpaid.isEmpty()) {
            return false;
        }
        Call call = unpaid.get(random.nextInt(unpaid.size()));
        call.reversed = true;
        for (Receivable part : call.parts) {
            part.commitment.called = part.commitment.called.subtract(part.outstanding);
            uncalled = uncalled.add(part.outstanding);
            receivable = receivable.subtract(part.outstanding);
            part.outstanding = BigDecimal.ZERO;
            transfers++;
        }
        events.add(new CapitalCallReversed(fund, new CorrectionId(nextId("fix")), call.id, money(call.total),
                call.allocations, "called by mistake", date));
        return true;
    }

    private BigDecimal paidIn(Commitment commitment) {
        return contributions.stream().filter(paid -> !paid.reversed && paid.owed.commitment == commitment)
                .map(paid -> paid.amount).reduce(zero(), BigDecimal::add);
    }

    private BigDecimal returnedTo(Commitment commitment) {
        return distributions.stream().filter(d -> !d.reversed).flatMap(d -> d.allocations.stream())
                .filter(paid -> paid.commitmentId().equals(commitment.id))
                .map(paid -> paid.returnOfCapital().amount()).reduce(zero(), BigDecimal::add);
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
        final List<Valuation> valuations = new ArrayList<>();
        /** The exits that stand, in order. */
        final List<Exit> exits = new ArrayList<>();
        boolean reversed;
        boolean closed;

        Deal(InvestmentId id, Money cost) {
            this.id = id;
            this.cost = cost;
        }

        BigDecimal remaining() {
            return exits.stream().map(exit -> exit.costReleased).reduce(cost.amount(), BigDecimal::subtract);
        }

        boolean hasStandingFacts() {
            return !valuations.isEmpty() || !exits.isEmpty();
        }
    }

    /** A call and the part of it asked of each commitment. */
    private static final class Call {
        final CallId id;
        final List<Receivable> parts = new ArrayList<>();
        List<CallAllocation> allocations;
        BigDecimal total;
        boolean reversed;

        Call(CallId id) {
            this.id = id;
        }
    }

    private static final class Valuation {
        final ValuationId id;
        final Deal deal;
        final BigDecimal fairValue;
        boolean reversed;

        Valuation(ValuationId id, Deal deal, BigDecimal fairValue) {
            this.id = id;
            this.deal = deal;
            this.fairValue = fairValue;
        }
    }

    private static final class Exit {
        final ExitId id;
        final Deal deal;
        final BigDecimal proceeds;
        final BigDecimal costReleased;
        final boolean closes;
        boolean reversed;

        Exit(ExitId id, Deal deal, BigDecimal proceeds, BigDecimal costReleased, boolean closes) {
            this.id = id;
            this.deal = deal;
            this.proceeds = proceeds;
            this.costReleased = costReleased;
            this.closes = closes;
        }

        /** Negative for a loss. */
        BigDecimal gain() {
            return proceeds.subtract(costReleased);
        }

        /**
         * The transfers of a non-zero amount it posts: at a gain, the cost released and the gain; at a loss, the
         * proceeds and the loss.
         */
        int transfers() {
            BigDecimal gain = gain();
            return gain.signum() >= 0 ? nonZero(costReleased) + nonZero(gain) : nonZero(proceeds) + 1;
        }
    }

    private static final class Distribution {
        final DistributionId id;
        final BigDecimal amount;
        final List<DistributionAllocation> allocations;
        boolean reversed;

        Distribution(DistributionId id, BigDecimal amount, List<DistributionAllocation> allocations) {
            this.id = id;
            this.amount = amount;
            this.allocations = List.copyOf(allocations);
        }

        BigDecimal sum(Function<DistributionAllocation, Money> part) {
            return allocations.stream().map(part).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Per commitment, its return of capital and its gain, where not zero. */
        int transfers() {
            return allocations.stream()
                    .mapToInt(paid -> nonZero(paid.returnOfCapital().amount()) + nonZero(paid.gain().amount())).sum();
        }
    }

    private static int nonZero(BigDecimal amount) {
        return amount.signum() == 0 ? 0 : 1;
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
