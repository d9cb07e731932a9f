package org.ipfund.benchmark.axondefaults;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jpa.SimpleEntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.CommitmentRecorded;
import org.ipfund.domain.fund.Fund;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.LaunchFund;
import org.ipfund.domain.fund.RecordCommitment;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.ledger.AuditLedgerProjection;
import org.ipfund.projections.portfolio.PortfolioProjection;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.ipfund.projections.store.EventStoreTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * Baseline B6: the fund workload on Axon's defaults, as an application would have them that took Axon and JPA
 * without tuning anything: Axon's JPA storage engine and JPA token store (Hibernate, tables made by hbm2ddl),
 * Axon's default serializer (XStream) for everything but the events' payloads and metadata, no snapshots, no
 * aggregate cache, the simple command bus, and one tracking processor per view with Axon's default
 * configuration (one thread, one segment, batch size 1). The views are the product's own handlers
 * ({@code projections}), writing with Spring JDBC in the processor's JPA transaction.
 *
 * <p>Events are written with Jackson, not XStream: XStream 1.4.21 writes the domain's records but cannot read them
 * back on Java 17 ({@code Unsafe} refuses field offsets of record classes), so an all-XStream store could not
 * even load an aggregate twice. See {@link #VARIANT}.
 *
 * <p>Everything lives in a schema of its own (default {@code axon_defaults}), dropped and made anew at the start and
 * dropped at the end, so the product's tables are never touched. Results go to standard output as lines
 * {@code B6-T1 <clients> <commands/s>} and {@code B6-T4 <events> <events/s> <seconds>}; progress to standard error.
 */
public final class AxonDefaultsBenchmark {

    /** What was measured, for the figure's label. */
    public static final String VARIANT =
            "Axon JPA engine (Hibernate), events as Jackson (XStream cannot read records), XStream tokens, batch size 1";

    private static final LocalDate LAUNCH = LocalDate.of(2017, 3, 1);
    private static final int EVENTS_PER_FUND = 50;
    private static final List<String> VIEWS =
            List.of(AuditLedgerProjection.NAME, CapitalPositionProjection.NAME, PortfolioProjection.NAME);

    /** What to measure, from the command line. */
    public record Options(String url, String user, String password, String schema, int funds, int commands,
                          long rebuildEvents, int[] clients, boolean keepSchema) {

        public static Options parse(String... args) {
            Map<String, String> given = new java.util.HashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("expected --name=value, got: " + arg + "\n" + USAGE);
                }
                given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            if (!given.getOrDefault("schema", "axon_defaults").matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("--schema must be a plain lower-case identifier");
            }
            if (!given.containsKey("url")) {
                throw new IllegalArgumentException("--url is required\n" + USAGE);
            }
            return new Options(given.get("url"), given.getOrDefault("user", "postgres"),
                    given.getOrDefault("password", ""), given.getOrDefault("schema", "axon_defaults"),
                    Integer.parseInt(given.getOrDefault("funds", "100")),
                    Integer.parseInt(given.getOrDefault("commands", "300")),
                    Long.parseLong(given.getOrDefault("events", "5000")),
                    Arrays.stream(given.getOrDefault("clients", "1,8,16").split(",")).mapToInt(Integer::parseInt).toArray(),
                    Boolean.parseBoolean(given.getOrDefault("keep-schema", "false")));
        }
    }

    static final String USAGE = """
            usage: AxonDefaultsBenchmark --url=jdbc:postgresql://host:port/db [--user=postgres] [--password=]
                   [--schema=axon_defaults] [--funds=100] [--commands=300] [--events=5000] [--clients=1,8,16] [--keep-schema=false]""";

    /** One figure: {@code B6-T1 <clients> <commands/s>} or {@code B6-T4 <events> <events/s> <seconds>}. */
    public record Result(String id, long size, double perSecond, double seconds) {

        String line() {
            return "%s %d %.1f %.3f".formatted(id, size, perSecond, seconds);
        }
    }

    private final Options options;
    private final PrintStream log;
    private Configuration axonConfiguration;

    public AxonDefaultsBenchmark(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        AxonDefaultsBenchmark benchmark = new AxonDefaultsBenchmark(Options.parse(args), System.err);
        System.out.println("B6-VARIANT " + VARIANT);
        for (Result result : benchmark.run()) {
            System.out.println(result.line());
        }
        System.out.flush();
        // Axon's and Hikari's threads are all stopped by run(); exit anyway, whatever a library left behind
        System.exit(0);
    }

    public List<Result> run() throws Exception {
        List<Result> results = new ArrayList<>();
        recreateSchema();
        HikariDataSource dataSource = dataSource();
        LocalContainerEntityManagerFactoryBean entityManagers = entityManagers(dataSource);
        Configuration axon = null;
        try {
            EntityManagerFactory factory = entityManagers.getObject();
            createViewTables(dataSource);
            JpaTransactionManager jpaTransactions = new JpaTransactionManager(factory);
            jpaTransactions.afterPropertiesSet();
            TransactionManager transactions = new SpringTransactionManager(jpaTransactions);
            axon = configure(factory, transactions, new JdbcTemplate(dataSource)).start();
            axonConfiguration = axon;

            CommandGateway commands = axon.commandGateway();
            log.println("B6: launching " + options.funds() + " funds");
            List<FundId> funds = launchFunds(commands);
            for (int clients : options.clients()) {
                double perSecond = concurrently(clients, options.commands(),
                        i -> commands.sendAndWait(commitment(funds.get(i % funds.size()))));
                log.printf("B6: %d client(s): %.1f commands/s%n", clients, perSecond);
                results.add(new Result("B6-T1", clients, perSecond, options.commands() / perSecond));
            }

            VIEWS.forEach(view -> processor(view).shutDown());
            long stored = storedEvents(dataSource);
            long toAdd = Math.max(0, options.rebuildEvents() - stored);
            log.printf("B6: %,d events stored, appending %,d more through the JPA storage engine%n", stored, toAdd);
            append(axon.eventStore(), transactions, toAdd);
            results.add(rebuild(storedEvents(dataSource), maxGlobalIndex(dataSource)));
        } finally {
            if (axon != null) {
                axon.shutdown();
            }
            entityManagers.destroy();
            dataSource.close();
            if (!options.keepSchema()) {
                dropSchema();
            }
        }
        return results;
    }

    private Configurer configure(EntityManagerFactory factory, TransactionManager transactions, JdbcTemplate jdbc) {
        Configurer configurer = DefaultConfigurer.jpaConfiguration(
                new SimpleEntityManagerProvider(SharedEntityManagerCreator.createSharedEntityManager(factory)),
                transactions);
        // the general serializer stays Axon's default (XStream); events need one that reads records
        configurer.configureEventSerializer(c -> eventSerializer());
        configurer.configureAggregate(Fund.class);
        configurer.registerComponent(Clock.class, c -> Clock.system(ZoneId.of("Asia/Shanghai")));
        configurer.eventProcessing(processing -> processing
                .usingTrackingEventProcessors()
                .registerEventHandler(c -> new CapitalPositionProjection(jdbc))
                .registerEventHandler(c -> new PortfolioProjection(jdbc))
                .registerEventHandler(c -> new AuditLedgerProjection(jdbc)));
        return configurer;
    }

    private TrackingEventProcessor processor(String name) {
        return axonConfiguration.eventProcessingConfiguration().eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no tracking processor " + name));
    }

    /** Axon's JacksonSerializer with the least a mapper needs to read the domain's records back. */
    static Serializer eventSerializer() {
        return JacksonSerializer.builder().objectMapper(JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Money.isZero() and the like must not become properties
                .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .build()).build();
    }

    private List<FundId> launchFunds(CommandGateway commands) {
        List<FundId> funds = new ArrayList<>();
        for (int i = 0; i < options.funds(); i++) {
            FundId fund = new FundId("b6-" + UUID.randomUUID());
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

    private static <C> CommandMessage<C> byTheBenchmark(C command) {
        return GenericCommandMessage.<C>asCommandMessage(command).andMetaData(Map.of("actor", "benchmark"));
    }

    static double concurrently(int clients, int total, IntConsumer work) throws Exception {
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
            return total / seconds(started);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Fills the store for the rebuild: funds of {@value #EVENTS_PER_FUND} events each (a launch, then commitments),
     * each with ids of its own, published to the event store (Axon's JPA storage engine) 500 events to a transaction. Only the
     * way they get into the store is faster than commands; the replay reads them as any other.
     */
    private void append(EventStore store, TransactionManager transactions, long events) {
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        long written = 0;
        while (written < events) {
            FundId fund = new FundId("b6-copy-" + UUID.randomUUID());
            for (int sequence = 0; sequence < EVENTS_PER_FUND && written < events; sequence++, written++) {
                Object payload = sequence == 0
                        ? new FundLaunched(fund, "Copied fund", FundType.GUIDANCE, Currency.getInstance("CNY"), LAUNCH,
                                FundPolicy.none())
                        : new CommitmentRecorded(fund, new CommitmentId(UUID.randomUUID().toString()), "Benchmark investor",
                                CapitalSource.SOCIAL, new Money(new BigDecimal("1000.00"), Currency.getInstance("CNY")),
                                LAUNCH.plusDays(1));
                batch.add(new GenericDomainEventMessage<>("Fund", fund.value(), sequence, payload,
                        Map.of("actor", "benchmark")));
                if (batch.size() == 500) {
                    List<DomainEventMessage<?>> full = List.copyOf(batch);
                    transactions.executeInTransaction(() -> store.publish(full));
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            transactions.executeInTransaction(() -> store.publish(batch));
        }
    }

    /** Every view's tokens reset and replayed from the first event at once; events per second of the slowest. */
    private Result rebuild(long events, long head) throws InterruptedException {
        log.printf("B6: rebuilding %d views over %,d events (head %d)%n", VIEWS.size(), events, head);
        long started = System.nanoTime();
        for (String view : VIEWS) {
            processor(view).resetTokens();
            processor(view).start();
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (!VIEWS.stream().allMatch(view -> caughtUp(processor(view), head))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the views did not catch up in 60 minutes");
            }
            Thread.sleep(20);
        }
        double seconds = seconds(started);
        log.printf("B6: rebuilt in %.1f s: %.1f events/s%n", seconds, events / seconds);
        return new Result("B6-T4", events, events / seconds, seconds);
    }

    private static boolean caughtUp(TrackingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(segment -> !segment.isReplaying()
                && segment.isCaughtUp() && segment.getCurrentPosition().orElse(-1) >= head);
    }

    private void recreateSchema() throws SQLException {
        dropSchema();
        try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password());
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA " + options.schema());
        }
    }

    /**
     * Drops the schema, and first the large objects Hibernate keeps {@code @Lob byte[]} in on PostgreSQL: those the
     * schema's tables point at, and those no table points at any more (each token update writes a new one and
     * leaves the old behind), found as {@code vacuumlo} finds them: referenced by no {@code oid} column anywhere.
     */
    private void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password());
             Statement sql = connection.createStatement()) {
            List<String> references = new ArrayList<>();
            try (ResultSet columns = sql.executeQuery("""
                    SELECT table_schema, table_name, column_name FROM information_schema.columns
                    WHERE data_type = 'oid' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")) {
                while (columns.next()) {
                    String column = "\"" + columns.getString(3) + "\"";
                    String table = "\"" + columns.getString(1) + "\".\"" + columns.getString(2) + "\"";
                    if (columns.getString(1).equals(options.schema())) {
                        references.add("SELECT lo_unlink(%1$s) FROM %2$s WHERE %1$s IS NOT NULL".formatted(column, table));
                    }
                }
            }
            for (String unlink : references) {
                sql.execute(unlink);
            }
            sql.execute("DROP SCHEMA IF EXISTS " + options.schema() + " CASCADE");
            StringBuilder stillReferenced = new StringBuilder("SELECT NULL::oid");
            try (ResultSet columns = sql.executeQuery("""
                    SELECT table_schema, table_name, column_name FROM information_schema.columns
                    WHERE data_type = 'oid' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")) {
                while (columns.next()) {
                    stillReferenced.append(" UNION SELECT \"%s\" FROM \"%s\".\"%s\"".formatted(
                            columns.getString(3), columns.getString(1), columns.getString(2)));
                }
            }
            sql.execute("SELECT lo_unlink(m.oid) FROM pg_largeobject_metadata m WHERE m.oid NOT IN ("
                    + "SELECT r FROM (" + stillReferenced + ") referenced (r) WHERE r IS NOT NULL)");
        }
    }

    private HikariDataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(options.url());
        config.setUsername(options.user());
        config.setPassword(options.password());
        config.setSchema(options.schema());
        config.setPoolName("b6");
        // Hikari's default pool size (10), as the product's
        return new HikariDataSource(config);
    }

    private LocalContainerEntityManagerFactoryBean entityManagers(HikariDataSource dataSource) {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        factory.setPersistenceUnitName("axon-defaults");
        factory.setPackagesToScan("org.axonframework.eventsourcing.eventstore.jpa",
                "org.axonframework.eventhandling.tokenstore.jpa");
        factory.setJpaPropertyMap(Map.of(
                "hibernate.hbm2ddl.auto", "create",
                "hibernate.default_schema", options.schema()));
        factory.afterPropertiesSet();
        return factory;
    }

    /** The product's view tables, from the projections module's own migrations. */
    private static void createViewTables(HikariDataSource dataSource) throws Exception {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/projections/V*__*.sql");
        Arrays.sort(scripts, Comparator.comparingInt(script -> Integer.parseInt(
                script.getFilename().substring(1, script.getFilename().indexOf("__")))));
        new ResourceDatabasePopulator(scripts).execute(dataSource);
    }

    /** Axon's tables are read through the product's one seam to them, as everywhere else. */
    private static long storedEvents(HikariDataSource dataSource) {
        return new EventStoreTables(new JdbcTemplate(dataSource)).count();
    }

    private static long maxGlobalIndex(HikariDataSource dataSource) {
        return new EventStoreTables(new JdbcTemplate(dataSource)).head();
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
