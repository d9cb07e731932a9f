package org.ipfund.app.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ipfund.app.FundApplication;
import org.ipfund.app.admin.ProjectionAdmin;
import org.ipfund.app.admin.ProjectionStatus;
import org.ipfund.audit.evidence.EventProvenance;
import org.ipfund.audit.history.AuditMetadata;
import org.ipfund.app.recording.Recorder;
import org.ipfund.app.testing.Api;
import org.ipfund.app.testing.Funds;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.LaunchFund;
import org.ipfund.domain.fund.RecordCommitment;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.projections.progress.ProjectionProgress;
import org.ipfund.projections.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark: the service started on an empty database of its own, the baselines measured on that database,
 * then the product's figures, all printed as one table with the ratios the targets ask for (docs/BENCHMARKS.md).
 */
final class Benchmark {

    /** How much work each figure is measured over. */
    record Sizes(int rows, int commands, long rebuildEvents, int gaps, int visibilitySamples, int latencyCommands,
                 int queries, int axonDefaultsCommands, long axonDefaultsEvents, int longHistory, int irrFacts, int irrQueries,
                 long growTo) {

        /**
         * Tiny, and without B6: its child JVM (Hibernate) would double the smoke run, and the module's own test
         * (AxonDefaultsBenchmarkTest) keeps it working.
         */
        static final Sizes SMOKE = new Sizes(200, 48, 600, 20, 10, 40, 10, 0, 0, 20, 40, 10, 5_000);

        /** The full sizes, each overridable by a system property ({@code -Dbenchmark.events=1000000}). */
        static Sizes full() {
            return new Sizes(Integer.getInteger("benchmark.rows", 20_000), Integer.getInteger("benchmark.commands", 1_000),
                    Long.getLong("benchmark.events", 100_000), Integer.getInteger("benchmark.gaps", 10_000),
                    Integer.getInteger("benchmark.samples", 500), Integer.getInteger("benchmark.latencyCommands", 2_000),
                    Integer.getInteger("benchmark.queries", 2_000),
                    // B6 is slow (a round trip per event and large objects): fewer events give the same rate
                    Integer.getInteger("benchmark.b6.commands", 500), Long.getLong("benchmark.b6.events", 5_000),
                    Integer.getInteger("benchmark.longHistory", 2_000),
                    Integer.getInteger("benchmark.irrFacts", 5_000), Integer.getInteger("benchmark.irrQueries", 500),
                    // T8 only when asked: -Dbenchmark.growTo=10000000 (about an hour on 2 cores)
                    Long.getLong("benchmark.growTo", 0));
        }
    }

    private static final int FUNDS = 100;
    private static final LocalDate LAUNCH = LocalDate.of(2017, 3, 1);
    static final List<String> VIEWS = List.of("audit-ledger", "capital-position", "distributions", "portfolio");

    private final Sizes sizes;
    private final FigureTable table;

    Benchmark(Sizes sizes) {
        this(sizes, new FigureTable());
    }

    /** Figures added to {@code table} as they are measured (a long run prints each at once: see BenchmarkRun). */
    Benchmark(Sizes sizes, FigureTable table) {
        this.sizes = sizes;
        this.table = table;
    }

    Sizes sizes() {
        return sizes;
    }

    FigureTable table() {
        return table;
    }

    FigureTable run() throws Exception {
        TestDatabase database = TestDatabase.fresh();
        Path key = Files.createTempFile("ipfund-benchmark", ".key");
        Files.delete(key);
        try (ConfigurableApplicationContext service = start(database, key)) {
            DataSource dataSource = service.getBean(DataSource.class);
            Baselines baselines = new Baselines(dataSource);
            baselines.createScratchTables();
            table.add(baselines.singleRowInserts("B1", 1, sizes.rows()));
            Figure b2 = table.add(baselines.singleRowInserts("B2", 8, sizes.rows()));
            table.add(baselines.batchedInserts(sizes.rows()));
            List<Figure> b6 = sizes.axonDefaultsCommands() == 0 ? List.of()
                    : AxonDefaults.measure(database, sizes.axonDefaultsCommands(), sizes.axonDefaultsEvents());
            b6.forEach(table::add);

            CommandGateway commands = service.getBean(CommandGateway.class);
            List<FundId> funds = launchFunds(commands);
            List<Figure> t1 = new ArrayList<>();
            for (int clients : new int[] {1, 8, 16}) {
                try (Phase phase = Phase.of("T1, %d client(s)".formatted(clients), sizes.commands())) {
                    t1.add(inProcess(commands, funds, clients));
                }
            }
            Figure fastest = t1.stream().max(Comparator.comparingDouble(Figure::value)).orElseThrow();
            t1.forEach(figure -> table.add(figure == fastest ? figure.against(b2, 0.4) : figure));
            try (Phase phase = Phase.of("T1-long", sizes.longHistory())) {
                table.add(longHistory(commands));
            }
            fastestOf(b6, "commands/s").ifPresent(axonDefaults -> table.add(Figure.of("T1",
                    "best commands/s in process, against Axon's defaults", fastest.value(), fastest.unit())
                    .against(axonDefaults, 3)));
            // T2 and T7 right after T1, while the funds' histories are about as long as T1 found them
            try (Phase phase = Phase.of("T2", sizes.latencyCommands())) {
                OpenLoopLatency.measure("0.7 × best T1", 0.7 * fastest.value(),
                        sizes.latencyCommands(), commitments(commands, funds)).forEach(table::add);
            }
            Api api = Api.at("http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port"));
            // T7's load records as a request does, through the Recorder: each write is acknowledged, and every read
            // then waits until its views show the acknowledged writes it concerns (the default read guarantee)
            Recorder recorder = service.getBean(Recorder.class);
            Upkeep.settle(service); // idle: T1 and T2's events linked in the chains first
            try (Phase phase = Phase.of("B7 (reads of a static file)", sizes.queries())) {
                QueriesUnderLoad.floor(api, "/console-assets/console.css", sizes.queries()).forEach(table::add);
            }
            try (Phase phase = Phase.of("T7-idle (reads)", sizes.queries())) {
                QueriesUnderLoad.measure(api, viewReads(funds), sizes.queries(), 0, recorded(recorder, funds), 10)
                        .forEach(table::add);
            }
            try (Phase phase = Phase.of("T7 (reads, and the load's commands)", sizes.queries())) {
                QueriesUnderLoad.measure(api, viewReads(funds), sizes.queries(), 8, recorded(recorder, funds), 10)
                        .forEach(table::add);
            }
            PerformanceReads.measure(commands, recorder, service.getBean(ProjectionProgress.class), api,
                    Benchmark::byTheBenchmark, () -> Upkeep.settle(service), sizes.irrFacts(), sizes.irrQueries())
                    .forEach(table::add);
            for (boolean keyed : new boolean[] {false, true}) {
                List<Figure> http = new ArrayList<>();
                for (int clients : new int[] {1, 8, 16}) {
                    try (Phase phase = Phase.of("T1-http, %d client(s)%s".formatted(clients,
                            keyed ? ", Idempotency-Key" : ""), sizes.commands())) {
                        http.add(overHttp(api, funds, clients, keyed));
                    }
                }
                Figure best = http.stream().max(Comparator.comparingDouble(Figure::value)).orElseThrow();
                http.forEach(figure -> table.add(figure == best ? figure.against(b2, 0.25) : figure));
            }
            try (Phase phase = Phase.of("T6", sizes.visibilitySamples())) {
                Latencies visible = commitToVisible(recorder, service.getBean(ProjectionProgress.class), funds.get(0));
                table.add(Figure.of("T6", "commit to visible, p50", visible.millis(0.50), "ms"));
                table.add(Figure.of("T6", "commit to visible, p99", visible.millis(0.99), "ms").atMost(250));
            }

            // -Dbenchmark.signCopies=true: the copies signed as the service signs (T8); left unsigned otherwise, the
            // evidence chain stops before them and spends no CPU on them during the rebuilds
            EventCopies copies = Boolean.getBoolean("benchmark.signCopies")
                    ? new EventCopies(dataSource, service.getBean(EventProvenance.class)::signRecorded)
                    : new EventCopies(dataSource);
            copies.copy(funds.get(1).value(), sizes.rebuildEvents(), 0);
            ProjectionAdmin admin = service.getBean(ProjectionAdmin.class);
            awaitCaughtUp(admin, Duration.ofMinutes(30));
            Figure b5 = table.add(baselines.handWrittenReplay());
            Figure sameRows;
            try (Phase phase = Phase.of("B5-same-rows (per event)", admin.status(VIEWS.get(0)).head())) {
                sameRows = table.add(baselines.sameRowsReplay());
            }
            Figure t4;
            JdbcTemplate store = new JdbcTemplate(dataSource);
            checkpoint(store);
            try (Phase phase = Phase.of("T4 (per event)", admin.status(VIEWS.get(0)).head())) {
                t4 = table.add(rebuild("T4", "rebuild of all views", admin).against(sameRows, 0.5));
            }
            table.add(Figure.of("T4", "rebuild of all views, against B5 (one row per event, one index)", t4.value(),
                    t4.unit()).relativeTo(b5));
            for (PassVariant variant : PassVariant.MEASURED) {
                checkpoint(store);
                try (Phase phase = Phase.of(variant.id() + " (per event)", admin.status(VIEWS.get(0)).head())) {
                    table.add(variant.rebuild(admin).relativeTo(t4));
                }
            }
            checkpoint(store);
            try (Phase phase = Phase.of("T4-processors (per event)", admin.status(VIEWS.get(0)).head())) {
                table.add(rebuildByProcessors(admin).relativeTo(t4));
            }
            fastestOf(b6, "events/s").ifPresent(axonDefaults -> table.add(Figure.of("T4",
                    "rebuild of all views, against Axon's defaults", t4.value(), t4.unit()).against(axonDefaults, 20)));
            copies.copy(funds.get(2).value(), sizes.rebuildEvents() / 10, sizes.gaps());
            awaitCaughtUp(admin, Duration.ofMinutes(30));
            checkpoint(store);
            table.add(rebuild("T5", "rebuild of all views, %,d gaps in the global index".formatted(sizes.gaps()), admin)
                    .against(t4, 0.9));
            checkNothingMissed(new JdbcTemplate(dataSource));
            if (sizes.growTo() > admin.status(VIEWS.get(0)).head()) {
                new Growth(this, service, api, funds, copies, t4).measure();
            }
            memory();
        }
        return table;
    }

    /** B6's best figure in {@code unit}: the baseline a target multiple of it is judged against. */
    private static Optional<Figure> fastestOf(List<Figure> figures, String unit) {
        return figures.stream().filter(figure -> figure.unit().equals(unit)).max(Comparator.comparingDouble(Figure::value));
    }

    private ConfigurableApplicationContext start(TestDatabase database, Path key) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--fund.security.users[0].username=tester", "--fund.security.users[0].password={noop}tester",
                "--fund.security.users[0].roles=FUND_MANAGER,FINANCE,AUDITOR,ADMIN",
                "--fund.audit.signing-key-file=" + key,
                "--logging.level.root=WARN",
                // how long a full rebuild spent on its pass, its indexes and their statistics
                "--logging.level.org.ipfund.app.admin.OnePassReplay=INFO"));
        if (sizes.equals(Sizes.SMOKE)) {
            // events chained a second after they are recorded, as in the end-to-end tests: the upkeep before the idle
            // figures then takes seconds, not the minute of the service's default
            arguments.addAll(List.of("--fund.audit.settle-after=1s", "--fund.audit.chain-interval=1s"));
        }
        return new SpringApplicationBuilder(FundApplication.class).run(arguments.toArray(String[]::new));
    }

    private static List<FundId> launchFunds(CommandGateway commands) {
        List<FundId> funds = new ArrayList<>();
        for (int i = 0; i < FUNDS; i++) {
            FundId fund = new FundId("bench-" + UUID.randomUUID());
            commands.sendAndWait(byTheBenchmark(new LaunchFund(fund, "Benchmark fund " + i, FundType.GUIDANCE,
                    Currency.getInstance("CNY"), LAUNCH, FundPolicy.none())));
            funds.add(fund);
        }
        return funds;
    }

    private static CommandMessage<RecordCommitment> commitment(FundId fund) {
        return byTheBenchmark(new RecordCommitment(fund, new CommitmentId(UUID.randomUUID().toString()),
                "Benchmark investor", CapitalSource.SOCIAL, Money.of("1000.00", "CNY"), LAUNCH.plusDays(1)));
    }

    /** A command sent outside an HTTP request names its actor, for the audit trail. */
    private static <C> CommandMessage<C> byTheBenchmark(C command) {
        return GenericCommandMessage.<C>asCommandMessage(command).andMetaData(Map.of(AuditMetadata.ACTOR, "benchmark"));
    }

    /** T1 in process: commitments through the command gateway, spread over the funds, from {@code clients} threads. */
    Figure inProcess(CommandGateway commands, List<FundId> funds, int clients) throws Exception {
        double perSecond = concurrently(clients, sizes.commands(), commitments(commands, funds));
        return Figure.of("T1", "commands/s in process, %d client(s)".formatted(clients), perSecond, "commands/s");
    }

    /** The command of T1, T2 and T7's load: the i-th sends a commitment to the i-th fund (round the list) and waits. */
    private static IntConsumer commitments(CommandGateway commands, List<FundId> funds) {
        return i -> commands.sendAndWait(commitment(funds.get(i % funds.size())));
    }

    /** T7's load: the same commitments, recorded and acknowledged as an HTTP write is. */
    static IntConsumer recorded(Recorder recorder, List<FundId> funds) {
        return i -> recorder.record(commitment(funds.get(i % funds.size())));
    }

    /** T7's reads: what a user looks at for a fund, its capital position, portfolio and leverage, round the funds. */
    static List<String> viewReads(List<FundId> funds) {
        List<String> paths = new ArrayList<>();
        for (FundId fund : funds) {
            String base = "/api/funds/" + fund.value();
            paths.addAll(List.of(base, base + "/portfolio", base + "/leverage"));
        }
        return paths;
    }

    /**
     * T1-long: one client recording commitments one after another on one new fund, so that each command finds a
     * longer history than the last ({@code sizes.longHistory()} at the end): what reading a fund costs as it grows.
     */
    private Figure longHistory(CommandGateway commands) throws Exception {
        FundId fund = new FundId("bench-long-" + UUID.randomUUID());
        commands.sendAndWait(byTheBenchmark(new LaunchFund(fund, "Benchmark fund with a long history", FundType.GUIDANCE,
                Currency.getInstance("CNY"), LAUNCH, FundPolicy.none())));
        double perSecond = concurrently(1, sizes.longHistory(), i -> commands.sendAndWait(commitment(fund)));
        return Figure.of("T1-long", "commands/s in process, 1 client, one fund growing to %,d events"
                .formatted(sizes.longHistory() + 1), perSecond, "commands/s");
    }

    /**
     * T1 over HTTP: the same commitments as POST requests; {@code keyed}, each with an {@code Idempotency-Key} of its
     * own, whose answer the service keeps in the command's transaction.
     */
    private Figure overHttp(Api api, List<FundId> funds, int clients, boolean keyed) throws Exception {
        double perSecond = concurrently(clients, sizes.commands(), i -> {
            Map<String, String> headers = keyed ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of();
            Api.Response answer = api.post("/api/funds/" + funds.get(i % funds.size()).value() + "/commitments",
                    Funds.commitment(UUID.randomUUID().toString(), "Benchmark investor", "SOCIAL", "1000.00",
                            LAUNCH.plusDays(1).toString()), headers);
            if (answer.status() != 201) {
                throw new IllegalStateException("refused: " + answer);
            }
        });
        return Figure.of("T1-http", "commands/s over HTTP, %d client(s)%s".formatted(clients,
                keyed ? ", each with an Idempotency-Key" : ""), perSecond, "commands/s");
    }

    private static double concurrently(int clients, int total, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    for (int i = client; i < total; i += clients) {
                        work.accept(i);
                    }
                    return null;
                }));
            }
            for (Future<?> client : done) {
                client.get();
            }
            return total / Baselines.seconds(started);
        } finally {
            pool.shutdownNow();
        }
    }

    /** T6: from a command's answer to the moment the capital view has handled its last event. */
    Latencies commitToVisible(Recorder recorder, ProjectionProgress progress, FundId fund)
            throws InterruptedException {
        long[] delays = new long[sizes.visibilitySamples()];
        for (int i = 0; i < delays.length; i++) {
            long position = recorder.record(commitment(fund));
            long answered = System.nanoTime();
            while (!progress.hasReached("capital-position", position)) {
                Thread.sleep(0, 200_000);
            }
            delays[i] = System.nanoTime() - answered;
        }
        return new Latencies(delays);
    }

    /**
     * T4, T5: every view reset and replayed from the first event in one pass over the store (the admin's "rebuild
     * all"); events per second, timed until every view's processor has started again and caught up.
     */
    static Figure rebuild(String id, String what, ProjectionAdmin admin) throws InterruptedException {
        return rebuild(id, what, admin, admin::rebuildAll);
    }

    /**
     * Has PostgreSQL write out what the phase before left in its buffers, so that each rebuild starts from the same
     * state instead of paying for the writes of the one before it (a rebuild writes about a gigabyte of WAL at 1M
     * events: a checkpoint every 20 s with Debian's max_wal_size).
     */
    static void checkpoint(JdbcTemplate store) {
        store.execute("CHECKPOINT");
    }

    /**
     * The one pass as T4 runs it, but for one service property, which the service reads at each rebuild (system
     * properties included): what each of the pass's choices is worth, measured in the same run.
     */
    private record PassVariant(String id, String what, String property, String value) {

        static final List<PassVariant> MEASURED = List.of(
                new PassVariant("T4-lane-per-view", "rebuild of all views, a writer for each view",
                        "fund.rebuild.lane-per-view", "true"),
                new PassVariant("T4-inserted", "rebuild of all views, the rows of events inserted, not copied",
                        "fund.rebuild.copy-rows", "false"),
                new PassVariant("T4-keys-kept", "rebuild of all views, the keys of event rows kept during the pass",
                        "fund.rebuild.defer-keys", "false"));

        Figure rebuild(ProjectionAdmin admin) throws InterruptedException {
            System.setProperty(property, value);
            try {
                return Benchmark.rebuild(id, what, admin);
            } finally {
                System.clearProperty(property);
            }
        }
    }

    /** T4-processors: every view's own processor reset and replaying at once, as rebuilding each view does. */
    private static Figure rebuildByProcessors(ProjectionAdmin admin) throws InterruptedException {
        return rebuild("T4-processors", "rebuild of all views, each by its own processor (Axon's replay)", admin,
                () -> VIEWS.forEach(admin::rebuild));
    }

    private static Figure rebuild(String id, String what, ProjectionAdmin admin, Runnable start)
            throws InterruptedException {
        long head = admin.status(VIEWS.get(0)).head();
        Map<String, Long> restartsBefore = new HashMap<>();
        VIEWS.forEach(view -> restartsBefore.put(view, admin.restartsOf(view)));
        long started = System.nanoTime();
        start.run();
        // the processors stop, reset and start again one after the other in the background: judge "caught up" only
        // once each has started again, or a view's old status would count (a view with nothing to do among the events,
        // such as the distributions of a benchmark that distributes nothing, replays too fast to be seen replaying)
        // (the one-pass rebuild starts them again only once it has replayed the whole store)
        long resetDeadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (VIEWS.stream().anyMatch(view -> admin.restartsOf(view) <= restartsBefore.get(view))) {
            if (System.nanoTime() > resetDeadline) {
                throw new IllegalStateException("views not started again: " + admin.all());
            }
            Thread.sleep(1);
        }
        awaitCaughtUp(admin, Duration.ofMinutes(30));
        double seconds = Baselines.seconds(started);
        return Figure.of(id, "%s (%,d events, %.1f s)".formatted(what, head, seconds), head / seconds, "events/s");
    }

    static void awaitCaughtUp(ProjectionAdmin admin, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!VIEWS.stream().map(admin::status).allMatch(Benchmark::caughtUp)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the views did not catch up in " + timeout + ": " + admin.all());
            }
            Thread.sleep(20);
        }
    }

    private static boolean caughtUp(ProjectionStatus status) {
        return status.running() && !status.replaying() && status.lag() != null && status.lag() == 0;
    }

    /** No event missed by a rebuild over gaps: the capital view holds one row per commitment recorded. */
    private static void checkNothingMissed(JdbcTemplate jdbc) {
        long recorded = jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%.CommitmentRecorded'", Long.class);
        long shown = jdbc.queryForObject("SELECT count(*) FROM commitment_view", Long.class);
        if (recorded != shown) {
            throw new IllegalStateException("the rebuilt view shows %d commitments of %d recorded".formatted(shown, recorded));
        }
    }

    private void memory() throws IOException {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        table.add(Figure.of("M", "heap used after GC", (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, "MiB")
                .atMost(256));
        table.add(Figure.of("M", "maximum heap (-Xmx)", runtime.maxMemory() / 1048576.0, "MiB"));
        long rssKib = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0L);
        table.add(Figure.of("M", "resident set size (service and benchmark in one JVM)", rssKib / 1024.0, "MiB"));
    }
}
