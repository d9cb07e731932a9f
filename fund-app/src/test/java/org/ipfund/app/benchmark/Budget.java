package org.ipfund.app.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of one operation goes, read from a flight recording of the benchmark ({@code budget.jfc}: every
 * socket read, CPU samples every 10 ms): for each figure marked by a {@link Phase}, the round trips to PostgreSQL by
 * statement (count and wait per operation, from the socket reads of the threads that did them), the service's CPU by
 * step (the CPU the JVM used in the phase, split as its samples are), and the CPU left to PostgreSQL and the rest of
 * the machine. Steps are told apart by the frames on the stack: the innermost frame that names a step decides.
 */
final class Budget {

    private record Rule(String step, String classPrefix, String method) {

        boolean matches(RecordedFrame frame) {
            String type = frame.getMethod().getType().getName();
            String name = frame.getMethod().getName();
            return type.startsWith(classPrefix)
                    && (method == null || name.equals(method) || name.startsWith("lambda$" + method + "$"));
        }
    }

    /** What a round trip was for, by the code that made it: the innermost frame a rule names decides. */
    private static final List<Rule> STATEMENTS = List.of(
            new Rule("fund's advisory lock", "org.ipfund.app.recording.OneWriterPerFund", null),
            new Rule("read back to sign", "org.ipfund.projections.store.EventStoreTables", "rowsWithIds"),
            new Rule("signature insert", "org.ipfund.audit.evidence.EventProvenance", "signRecorded"),
            new Rule("position of the write", "org.ipfund.projections.store.EventStoreTables", "lastPositionByAggregate"),
            new Rule("fund's version (cache check)", "org.ipfund.app.recording.VerifiedFundCache", null),
            new Rule("investor and family checks", "org.ipfund.app.recording.CommittingInvestors", null),
            new Rule("idempotency key", "org.ipfund.app.idempotency", null),
            new Rule("event insert", "org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine", "appendEvents"),
            new Rule("processors' event reads", "org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine", "fetchTrackedEvents"),
            new Rule("event store reads (a fund's events, or the stream)", "org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine", null),
            new Rule("processors' tokens", "org.axonframework.eventhandling.tokenstore", null),
            new Rule("views' rows", "org.ipfund.projections.ViewWrites", null),
            new Rule("views' progress (read waits)", "org.ipfund.projections.progress", null),
            new Rule("views' reads", "org.ipfund.projections", null),
            new Rule("evidence chains", "org.ipfund.audit", null),
            new Rule("commit", "org.springframework.jdbc.datasource.DataSourceTransactionManager", "doCommit"),
            new Rule("rollback", "org.springframework.jdbc.datasource.DataSourceTransactionManager", "doRollback"),
            new Rule("transaction set-up", "org.springframework.jdbc.datasource.DataSourceTransactionManager", null),
            new Rule("connection check", "com.zaxxer.hikari.pool.PoolBase", "isConnectionDead"),
            new Rule("benchmark's own", "org.ipfund.app.benchmark", null));

    /** What the CPU did, by the innermost frame outside the JDK's own packages (signing and the JDK's last). */
    private static final List<Rule> STEPS = List.of(
            new Rule("benchmark client (HTTP requests)", "org.ipfund.app.benchmark", null),
            new Rule("benchmark client (HTTP requests)", "org.ipfund.app.testing", null),
            new Rule("JDBC driver (PostgreSQL protocol)", "org.postgresql", null),
            new Rule("connection pool", "com.zaxxer.hikari", null),
            new Rule("JSON and serialisation (Jackson)", "com.fasterxml.jackson", null),
            new Rule("signing (Ed25519)", "org.ipfund.audit.evidence.EventSigningKeys", null),
            new Rule("signing (Ed25519)", "sun.security", null),
            new Rule("evidence chains", "org.ipfund.audit", null),
            new Rule("views' handlers and queries", "org.ipfund.projections", null),
            new Rule("rules (the fund and its facts)", "org.ipfund.domain", null),
            new Rule("Axon: event store and upcasting", "org.axonframework.eventsourcing", null),
            new Rule("Axon: event store and upcasting", "org.axonframework.serialization", null),
            new Rule("Axon: processors and tokens", "org.axonframework.eventhandling", null),
            new Rule("Axon: command bus, unit of work, interceptors", "org.axonframework", null),
            new Rule("HTTP server (Tomcat)", "org.apache", null),
            new Rule("security (Spring Security)", "org.springframework.security", null),
            new Rule("Spring MVC and JSON mapping", "org.springframework.web", null),
            new Rule("Spring MVC and JSON mapping", "org.springframework.http", null),
            new Rule("Spring JDBC and transactions", "org.springframework.jdbc", null),
            new Rule("Spring JDBC and transactions", "org.springframework.transaction", null),
            new Rule("service (recording, reads, web)", "org.ipfund.app", null),
            new Rule("logging and metrics", "ch.qos.logback", null),
            new Rule("logging and metrics", "io.micrometer", null),
            new Rule("Spring (other)", "org.springframework", null));

    private record Window(String figure, long operations, Instant start, Instant end) {

        boolean holds(Instant moment) {
            return !moment.isBefore(start) && !moment.isAfter(end);
        }

        double seconds() {
            return Duration.between(start, end).toNanos() / 1e9;
        }
    }

    private static final class Tally {
        final Map<String, long[]> roundTrips = new TreeMap<>();   // thread group + statement → count, nanos
        final Map<String, Long> samples = new TreeMap<>();       // step → samples
        long allSamples;
        double jvmCpu;
        double machineCpu;
        int cpuReadings;
    }

    private final List<Window> windows = new ArrayList<>();
    private final Map<Window, Tally> tallies = new LinkedHashMap<>();
    private final int cores = Runtime.getRuntime().availableProcessors();

    static Budget of(Path recording) throws IOException {
        Budget budget = new Budget();
        List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
        for (RecordedEvent event : events) {
            if (event.getEventType().getName().equals(Phase.NAME)) {
                Window window = new Window(event.getString("figure"), event.getLong("operations"),
                        event.getStartTime(), event.getEndTime());
                budget.windows.add(window);
                budget.tallies.put(window, new Tally());
            }
        }
        events.forEach(budget::count);
        return budget;
    }

    private void count(RecordedEvent event) {
        String type = event.getEventType().getName();
        for (Window window : windows) {
            if (!window.holds(event.getStartTime())) {
                continue;
            }
            Tally tally = tallies.get(window);
            switch (type) {
                case "jdk.SocketRead" -> {
                    if (!fromPostgresDriver(event.getStackTrace())) {
                        continue; // the benchmark's own HTTP client
                    }
                    String key = threadGroup(event.getThread()) + " · " + classify(event.getStackTrace(), STATEMENTS, "other statements");
                    long[] sum = tally.roundTrips.computeIfAbsent(key, any -> new long[2]);
                    sum[0]++;
                    sum[1] += event.getDuration().toNanos();
                }
                case "jdk.ExecutionSample" -> {
                    tally.samples.merge(classify(event.getStackTrace(), STEPS, "JDK (collections, strings, reflection)"),
                            1L, Long::sum);
                    tally.allSamples++;
                }
                case "jdk.CPULoad" -> {
                    tally.jvmCpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                    tally.machineCpu += event.getFloat("machineTotal");
                    tally.cpuReadings++;
                }
                default -> { }
            }
        }
    }

    /** Threads of a kind (the benchmark's clients, Tomcat's workers, a view's workers) under one name. */
    private static String threadGroup(RecordedThread thread) {
        String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
        if (name.startsWith("pool-")) {
            return "client threads";
        }
        if (name.startsWith("http-nio")) {
            return "HTTP workers";
        }
        if (name.startsWith("WorkPackage") || name.startsWith("Coordinator")) {
            return "view processors";
        }
        return name.replaceAll("[-_ ]?\\d+", "");
    }

    private static boolean fromPostgresDriver(RecordedStackTrace stack) {
        return stack != null && stack.getFrames().stream()
                .anyMatch(frame -> frame.isJavaFrame() && frame.getMethod().getType().getName().startsWith("org.postgresql"));
    }

    /** The innermost frame that one of {@code rules} names decides; rules are tried in order on each frame. */
    private static String classify(RecordedStackTrace stack, List<Rule> rules, String otherwise) {
        if (stack == null) {
            return otherwise;
        }
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame()) {
                continue;
            }
            for (Rule rule : rules) {
                if (rule.matches(frame)) {
                    return rule.step();
                }
            }
        }
        return otherwise;
    }

    /** The budget of every marked figure, as Markdown. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        for (Window window : windows) {
            Tally tally = tallies.get(window);
            double ops = Math.max(1, window.operations());
            double seconds = window.seconds();
            out.append("#### %s: %,d operations in %.1f s%n%n".formatted(window.figure(), window.operations(), seconds));
            out.append("| round trips to PostgreSQL (threads · statement) | per operation | wait per operation (ms) |\n");
            out.append("|---|---:|---:|\n");
            tally.roundTrips.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                    .forEach(e -> out.append("| %s | %.2f | %.3f |%n".formatted(e.getKey(), e.getValue()[0] / ops,
                            e.getValue()[1] / 1e6 / ops)));
            double jvmCpuMs = tally.cpuReadings == 0 ? 0 : tally.jvmCpu / tally.cpuReadings * cores * seconds * 1000;
            double machineMs = tally.cpuReadings == 0 ? 0 : tally.machineCpu / tally.cpuReadings * cores * seconds * 1000;
            out.append("\n| CPU (all threads) | ms per operation | share of the service's CPU |\n|---|---:|---:|\n");
            tally.samples.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> out.append("| %s | %.3f | %.1f %% |%n".formatted(e.getKey(),
                            jvmCpuMs * e.getValue() / Math.max(1, tally.allSamples) / ops,
                            100.0 * e.getValue() / Math.max(1, tally.allSamples))));
            out.append("| **the service's JVM in all** (GC and JIT included) | %.3f | |%n".formatted(jvmCpuMs / ops));
            out.append("| **PostgreSQL and the rest of the machine** | %.3f | |%n".formatted(
                    Math.max(0, machineMs - jvmCpuMs) / ops));
            out.append("| machine capacity (%d cores) | %.3f | |%n%n".formatted(cores, cores * seconds * 1000 / ops));
        }
        return out.toString();
    }

    /** Prints the budget of a recording: {@code java ... Budget recording.jfr}. */
    public static void main(String[] args) throws IOException {
        System.out.println(of(Path.of(args[0])).markdown());
    }

}
