package org.ipfund.app.benchmark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ipfund.app.recording.Recorder;
import org.ipfund.app.testing.Api;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CallCapital;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.ContributionId;
import org.ipfund.domain.fund.DistributeCapital;
import org.ipfund.domain.fund.DistributionId;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.LaunchFund;
import org.ipfund.domain.fund.RecordCommitment;
import org.ipfund.domain.fund.RecordContribution;
import org.ipfund.domain.holding.ExitId;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.RecordExit;
import org.ipfund.domain.holding.RecordValuation;
import org.ipfund.domain.holding.ValuationId;
import org.ipfund.domain.holding.ValuationMethod;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.RecordDirectInvestment;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.projections.performance.PerformanceQueries;
import org.ipfund.projections.progress.ProjectionProgress;

/**
 * T9: what a user waits for the performance view ({@code GET /api/funds/{id}/performance}: NAV, DPI, TVPI, IRR of the
 * fund and of each deal) of one fund with a long history, on an otherwise idle service: no other client, and the
 * work the fund's facts left the service (the views, the evidence chains, the statistics) done before the clock
 * starts. T9 reads the same date again and again, answered with the figures kept since the first read; T9-computed
 * reads another date each time, each computed.
 * <p>
 * The fund's history is recorded first, through the command gateway as a fund manager's commands would be: a launch,
 * a few commitments, then one cycle after another over some ten years of business dates, each cycle a capital call
 * on one commitment (round the investors), its contribution in full, a direct investment of most of it, and, once
 * holdings are old enough, a valuation of a younger holding, the sale of an older one and the distribution of its
 * proceeds. Each cycle's contribution comes after the last distribution and each distribution after the last, so
 * every rule holds; the fund's IRR then runs over thousands of dated flows (at 5,000 facts: 908 contributions and
 * 5,400 distribution allocations), each deal's IRR over its own.
 */
final class PerformanceReads {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final JsonFactory JSON = new JsonFactory();
    /** The last business date of the history: the fund's launch is set back from it by as many cycles as it holds. */
    private static final LocalDate LAST = LocalDate.of(2025, 12, 31);
    /** About how many days of business the history spans, if the cycles can be spread that thin. */
    private static final int SPAN_DAYS = 10 * 365;
    /** Days between cycles at least: a cycle's exit and distribution fall on its second day, the next call after. */
    private static final int MIN_STEP = 2;
    /** A holding is sold after about two years, and valued half-way. */
    private static final int HOLD_DAYS = 730;
    private static final long CALL_CENTS = 1_000_000_00L;
    /** The part of each call invested: the rest stays in the fund as cash, a part of the NAV. */
    private static final long INVESTED_CENTS = 950_000_00L;
    /** Reads before the clock starts: the first loads classes and fills caches once per service start. */
    private static final int WARM_UP = 5;
    /** Reads of T9-computed: each takes tens of milliseconds, so fewer than T9's. */
    private static final int COMPUTED_READS = 100;
    private static final Duration CATCH_UP = Duration.ofMinutes(10);

    private PerformanceReads() {
    }

    /** Waits until the service has done the work the recorded facts left it ({@link Upkeep}). */
    @FunctionalInterface
    interface Settling {
        void await() throws InterruptedException;
    }

    /**
     * Records one fund of {@code facts} facts (its launch among them), waits until the performance view's views show
     * them all, then reads its performance {@code queries} times, one read after another, each timed from sending to
     * the whole answer received. Fails if a read is not answered 200 with an IRR.
     *
     * @param byTheBenchmark turns a command into the message sent, naming the benchmark as its actor
     */
    static List<Figure> measure(CommandGateway commands, Recorder recorder, ProjectionProgress progress, Api api,
                                Function<Object, Object> byTheBenchmark, Settling settle, int facts, int queries)
            throws InterruptedException {
        FundId fund = new FundId("bench-irr-" + UUID.randomUUID());
        List<Object> history = history(fund, facts);
        long started = System.nanoTime();
        for (Object command : history.subList(0, history.size() - 1)) {
            commands.sendAndWait(byTheBenchmark.apply(command));
        }
        // the last through the Recorder, for the position the views must reach before the reads are timed
        long last = recorder.record(byTheBenchmark.apply(history.get(history.size() - 1)));
        double recordingSeconds = Baselines.seconds(started);
        awaitViews(progress, last);
        System.out.printf("T9: %,d facts recorded on one fund in %.1f s (%.0f facts/s), views caught up after %.1f s%n",
                history.size(), recordingSeconds, history.size() / recordingSeconds, Baselines.seconds(started));

        settle.await(); // idle: the fund's facts linked in the chains first
        String path = "/api/funds/" + fund.value() + "/performance";
        for (int i = 0; i < WARM_UP; i++) {
            requireIrr(path, api.get(path));
        }
        long[] latencies = new long[queries];
        Api.Response kept = null;
        try (Phase phase = Phase.of("T9 (performance reads)", queries)) {
            for (int i = 0; i < queries; i++) {
                long sent = System.nanoTime();
                Api.Response answer = api.get(path);
                latencies[i] = System.nanoTime() - sent;
                requireIrr(path, answer);
                kept = answer;
            }
        }
        requireSameOnceComputed(commands, recorder, progress, api, byTheBenchmark, path, kept);
        Latencies measured = new Latencies(latencies);
        int computedReads = Math.min(queries, COMPUTED_READS);
        Latencies computed = computed(api, path, computedReads);
        String what = "performance view (IRR) over HTTP, one fund of %,d facts, 1 client, idle service"
                .formatted(history.size());
        String eachComputed = what + ", each read of another date (%,d: computed, none kept)"
                .formatted(computedReads);
        return List.of(Figure.of("T9", what + ", p50", measured.millis(0.50), "ms"),
                Figure.of("T9", what + ", p99", measured.millis(0.99), "ms").atMost(20),
                Figure.of("T9-computed", eachComputed + ", p50", computed.millis(0.50), "ms"),
                Figure.of("T9-computed", eachComputed + ", p99", computed.millis(0.99), "ms"));
    }

    /**
     * The figures kept for the reads are the figures computed: once another fund's launch has moved the views, the
     * same read computes them again, and must answer the same.
     */
    private static void requireSameOnceComputed(CommandGateway commands, Recorder recorder, ProjectionProgress progress,
                                                Api api, Function<Object, Object> byTheBenchmark, String path,
                                                Api.Response kept) throws InterruptedException {
        FundId other = new FundId("bench-irr-other-" + UUID.randomUUID());
        awaitViews(progress, recorder.record(byTheBenchmark.apply(new LaunchFund(other, "Another benchmark fund",
                FundType.GUIDANCE, CNY, LAST, FundPolicy.none()))));
        Api.Response computed = api.get(path);
        if (!computed.body().equals(kept.body())) {
            throw new IllegalStateException("GET " + path + " answered figures kept between reads that differ from"
                    + " those computed again: " + kept + " against " + computed);
        }
    }

    private static void awaitViews(ProjectionProgress progress, long position) {
        for (String view : PerformanceQueries.VIEWS) {
            if (!progress.awaitPosition(view, position, CATCH_UP)) {
                throw new IllegalStateException("the view " + view + " did not reach position " + position + " in "
                        + CATCH_UP);
            }
        }
    }

    /**
     * What a read costs when its figures are not kept (the first after a fact is recorded, or of a date not read
     * since): each read as of another day, back from the history's last, so that each computes.
     */
    private static Latencies computed(Api api, String path, int reads) {
        long[] latencies = new long[reads];
        try (Phase phase = Phase.of("T9-computed (performance reads, each computed)", reads)) {
            for (int i = 0; i < reads; i++) {
                String asOf = path + "?asOf=" + LAST.minusDays(1 + i);
                long sent = System.nanoTime();
                Api.Response answer = api.get(asOf);
                latencies[i] = System.nanoTime() - sent;
                requireIrr(asOf, answer);
            }
        }
        return new Latencies(latencies);
    }

    /**
     * A read counts only if it computed the figures: answered 200 with the fund's IRR. The answer is scanned for its
     * top-level {@code irr}, not read into a tree: the benchmark shares the service's JVM, and a tree of a fund's
     * thousand deals a read (megabytes) would bring on collections that pause the service's next reads.
     */
    private static void requireIrr(String path, Api.Response answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer);
        }
        String irr = topLevelText(answer.body(), "irr");
        if (irr == null || irr.isBlank()) {
            throw new IllegalStateException("GET " + path + " answered no IRR: " + answer);
        }
    }

    /** The text of a top-level field of a JSON object, or {@code null} if it has none or is not text. */
    private static String topLevelText(String json, String field) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(field)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException notJson) {
            throw new IllegalStateException("not JSON: " + json, notJson);
        }
    }

    /**
     * The fund's commands in the order of their business dates, {@code facts} of them: the launch, the commitments,
     * then the cycles, cut after the {@code facts}-th (any prefix of the history keeps every rule).
     */
    static List<Object> history(FundId fund, int facts) {
        int investors = Math.min(8, Math.max(2, facts / 20));
        int estimatedCycles = Math.max(1, (facts - 1 - investors) / 6);
        int step = Math.max(MIN_STEP, SPAN_DAYS / estimatedCycles);
        int hold = Math.max(1, HOLD_DAYS / step);
        int valuedAfter = Math.max(1, hold / 2);
        int cycles = 0;
        for (int recorded = 1 + investors; recorded < facts; cycles++) {
            recorded += factsOfCycle(cycles, hold, valuedAfter);
        }
        LocalDate launch = LAST.minusDays((long) cycles * step);

        List<Object> history = new ArrayList<>();
        history.add(new LaunchFund(fund, "Benchmark fund with a long performance history", FundType.GUIDANCE, CNY,
                launch, FundPolicy.none()));
        CapitalSource[] sources = CapitalSource.values();
        // each commitment covers every call it will be asked for (the calls go round the investors)
        Money committed = cents(CALL_CENTS * (cycles / investors + 1));
        for (int k = 0; k < investors; k++) {
            history.add(new RecordCommitment(fund, commitment(k), "Benchmark investor " + k, sources[k % sources.length],
                    committed, launch));
        }
        for (int i = 0; i < cycles && history.size() < facts; i++) {
            LocalDate day = launch.plusDays(1 + (long) i * step);
            CommitmentId paying = commitment(i % investors);
            CallId call = new CallId("call-" + i);
            history.add(new CallCapital(fund, call, cents(CALL_CENTS), day, day, List.of(paying)));
            history.add(new RecordContribution(fund, new ContributionId("paid-" + i), paying, call, cents(CALL_CENTS), day));
            history.add(new RecordDirectInvestment(fund, deal(i),
                    new Company("Benchmark IP company " + i, "patent licensing", "CN", "Xiamen"), cents(INVESTED_CENTS),
                    null, day, true));
            if (i >= valuedAfter) {
                int valued = i - valuedAfter;
                // 0.80× to 1.60× of cost
                history.add(new RecordValuation(fund, deal(valued), new ValuationId("val-" + valued),
                        cents(INVESTED_CENTS * (80 + 10 * (valued % 9)) / 100), null, day, ValuationMethod.MULTIPLES,
                        "benchmark valuation"));
            }
            if (i >= hold) {
                int sold = i - hold;
                // 0.50× to 2.25× of cost, on the cycle's second day, and distributed the same day
                Money proceeds = cents(INVESTED_CENTS * (50 + 25 * (sold % 8)) / 100);
                LocalDate exitDay = day.plusDays(1);
                history.add(new RecordExit(fund, deal(sold), new ExitId("exit-" + sold), ExitKind.SALE, Ratio.of("1"),
                        proceeds, null, "Benchmark buyer", exitDay));
                history.add(new DistributeCapital(fund, new DistributionId("dist-" + sold), proceeds, exitDay));
            }
        }
        return history.subList(0, Math.min(facts, history.size()));
    }

    private static int factsOfCycle(int i, int hold, int valuedAfter) {
        return 3 + (i >= valuedAfter ? 1 : 0) + (i >= hold ? 2 : 0);
    }

    private static CommitmentId commitment(int k) {
        return new CommitmentId("investor-" + k);
    }

    private static InvestmentId deal(int i) {
        return new InvestmentId("deal-" + i);
    }

    private static Money cents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2), CNY);
    }
}
