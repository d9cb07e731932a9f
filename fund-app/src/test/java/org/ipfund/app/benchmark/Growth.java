package org.ipfund.app.benchmark;

import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ipfund.app.admin.ProjectionAdmin;
import org.ipfund.app.recording.Recorder;
import org.ipfund.app.testing.Api;
import org.ipfund.audit.evidence.Evidence;
import org.ipfund.domain.FundId;
import org.ipfund.projections.progress.ProjectionProgress;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * T8: what a command, a read and a read after a write cost, and how fast every view is rebuilt, once the store has
 * grown to {@code -Dbenchmark.growTo} events, each against the same figure measured in the same run just before the
 * store grew (the targets: within 20 %). The store grows by copies of one fund's history, signed as the service
 * signs when asked ({@code -Dbenchmark.signCopies=true}), and the evidence chains are brought up to date over them
 * before anything is measured, so that no background verification shares the machine with a figure: the event
 * chain right after the copies, the ledger's once the rebuilt ledger view holds their lines (the chains are held
 * still while the rebuild is timed).
 */
final class Growth {

    /** Within 20 % of the figure before the store grew: throughput at least 0.8 ×, latency at most 1.2 ×. */
    private static final double WITHIN = 0.2;
    private static final int LOAD_CLIENTS = 8;
    private static final int COMMAND_CLIENTS = 16;

    /** The figures T8 measures at both sizes. */
    private record Snapshot(Figure commands, Figure idleRead, Figure loadedRead, Figure visible) {
    }

    private final Benchmark benchmark;
    private final ConfigurableApplicationContext service;
    private final Api api;
    private final List<FundId> funds;
    private final EventCopies copies;
    private final Figure rebuiltBefore;
    private final ProjectionAdmin admin;

    /** {@code rebuiltBefore}: T4 of this run, the rebuild rate the grown store's rebuild is judged against. */
    Growth(Benchmark benchmark, ConfigurableApplicationContext service, Api api, List<FundId> funds, EventCopies copies,
           Figure rebuiltBefore) {
        this.benchmark = benchmark;
        this.service = service;
        this.api = api;
        this.funds = funds;
        this.copies = copies;
        this.rebuiltBefore = rebuiltBefore;
        this.admin = service.getBean(ProjectionAdmin.class);
    }

    void measure() throws Exception {
        FigureTable table = benchmark.table();
        Evidence evidence = service.getBean(Evidence.class);
        evidence.extendChains();
        Snapshot before;
        try (Phase phase = Phase.of("T8, before the store grows", benchmark.sizes().commands())) {
            before = snapshot(head(), "T8-before");
        }
        List.of(before.commands(), before.idleRead(), before.loadedRead(), before.visible()).forEach(table::add);

        long from = head();
        long started = System.nanoTime();
        // a fund not copied before: the copies' ids are the template's id and a number
        long copied = copies.copy(funds.get(3).value(), benchmark.sizes().growTo() - from, 0);
        // the ledger's chain waits for the ledger view to hold the copies' lines: extended after the rebuild
        evidence.extendChains();
        double loadSeconds = Baselines.seconds(started);
        table.add(Figure.of("T8-load", "%,d events copied in batches%s, the event chain extended over them (%.0f s)"
                .formatted(copied, Boolean.getBoolean("benchmark.signCopies") ? " and signed" : " (unsigned)",
                        loadSeconds), copied / loadSeconds, "events/s"));

        Figure rebuilt;
        Benchmark.checkpoint(new JdbcTemplate(service.getBean(DataSource.class)));
        // the chain job would link the copies' ledger lines (three an event) while the rebuild is timed: it waits
        try (ChainsHeld still = ChainsHeld.in(service.getBean(DataSource.class));
             Phase phase = Phase.of("T8, rebuild (per event)", head())) {
            rebuilt = Benchmark.rebuild("T8", "rebuild of all views", admin); // returns once every view caught up
        }
        table.add(rebuilt.against(rebuiltBefore, 1 - WITHIN));
        evidence.extendChains(); // the ledger's chain over every copy's lines, untimed, before the figures
        try (Phase phase = Phase.of("T8, after the store grew", benchmark.sizes().commands())) {
            Snapshot after = snapshot(head(), "T8");
            table.add(after.commands().against(before.commands(), 1 - WITHIN));
            for (Figure[] latency : new Figure[][] {{after.idleRead(), before.idleRead()},
                    {after.loadedRead(), before.loadedRead()}, {after.visible(), before.visible()}}) {
                table.add(latency[0].relativeTo(latency[1]).atMost(latency[1].value() * (1 + WITHIN)));
            }
        }
    }

    /** The figures at the store's present size. */
    private Snapshot snapshot(long events, String id) throws Exception {
        CommandGateway commands = service.getBean(CommandGateway.class);
        Recorder recorder = service.getBean(Recorder.class);
        String at = ", %,d events in the store".formatted(events);
        Figure throughput = benchmark.inProcess(commands, funds, COMMAND_CLIENTS);
        Figure idle = p99(QueriesUnderLoad.measure(api, Benchmark.viewReads(funds), benchmark.sizes().queries(), 0,
                Benchmark.recorded(recorder, funds), Double.MAX_VALUE));
        Figure loaded = p99(QueriesUnderLoad.measure(api, Benchmark.viewReads(funds), benchmark.sizes().queries(),
                LOAD_CLIENTS, Benchmark.recorded(recorder, funds), Double.MAX_VALUE));
        Latencies visible = benchmark.commitToVisible(recorder, service.getBean(ProjectionProgress.class), funds.get(0));
        return new Snapshot(as(id, throughput, at), as(id, idle, at), as(id, loaded, at),
                Figure.of(id, "commit to visible, p99 (T6)" + at, visible.millis(0.99), "ms"));
    }

    private static Figure p99(List<Figure> figures) {
        return figures.stream().filter(figure -> figure.what().endsWith("p99")).findFirst().orElseThrow();
    }

    /** A figure of T1, T7-idle or T7 as T8 shows it: the same measurement, named with the store's size. */
    private static Figure as(String id, Figure figure, String at) {
        return Figure.of(id, "%s (%s)%s".formatted(figure.what(), figure.id(), at), figure.value(), figure.unit());
    }

    private long head() {
        return admin.status(Benchmark.VIEWS.get(0)).head();
    }
}
