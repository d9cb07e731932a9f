package org.ipfund.app.admin;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.projections.RebuildableView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a view from the events into a schema of its own, beside the live one and without touching it, then
 * compares each table's digest with the live table's at the same event position. A difference means the live
 * view no longer is what its events say (a failed handler, a manual edit, a bug since fixed).
 */
@Component
public class ShadowRebuild {

    private static final int ATTEMPTS = 5;

    private final List<RebuildableView> views;
    private final EventStore events;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ProjectionAdmin admin;

    public ShadowRebuild(List<RebuildableView> views, EventStore events, DataSource dataSource, JdbcTemplate jdbc,
                         ProjectionAdmin admin) {
        this.views = views;
        this.events = events;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.admin = admin;
    }

    public ShadowComparison compare(String name) throws Exception {
        RebuildableView live = views.stream().filter(view -> view.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownResource("PROJECTION_NOT_FOUND", "there is no view '%s'".formatted(name)));
        String schema = "shadow_" + name.replace('-', '_').toLowerCase(Locale.ROOT) + "_" + System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
                for (String table : live.tables()) {
                    statement.execute("CREATE TABLE %s.%s (LIKE public.%s INCLUDING ALL)".formatted(schema, table, table));
                }
                statement.execute("SET search_path TO " + schema + ", public");
            }
            try {
                return replayAndCompare(live, schema, new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET search_path TO public");
                    statement.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private ShadowComparison replayAndCompare(RebuildableView live, String schema, JdbcTemplate shadowJdbc)
            throws Exception {
        RebuildableView shadow = live.getClass().getConstructor(JdbcTemplate.class).newInstance(shadowJdbc);
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(shadow,
                ClasspathParameterResolverFactory.forClass(shadow.getClass()));
        long replayed = -1;
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                Long target = admin.status(live.name()).position();
                if (target == null) {
                    break;
                }
                while (replayed < target && stream.hasNextAvailable()) {
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    replayed = event.trackingToken().position().orElse(replayed);
                    handle(handlers, event);
                }
                List<TableComparison> tables = new ArrayList<>();
                for (String table : live.tables()) {
                    tables.add(new TableComparison(table, digest("public", table), digest(schema, table)));
                }
                // the live view went on while we read it: compare again at its new position
                if (target.equals(admin.status(live.name()).position()) && replayed == target) {
                    return ShadowComparison.of(live.name(), target, tables);
                }
            }
        }
        return ShadowComparison.unsettled(live.name(), replayed);
    }

    private static void handle(AnnotationEventHandlerAdapter handlers, EventMessage<?> event) throws Exception {
        if (handlers.canHandle(event)) {
            handlers.handle(event);
        }
    }

    private TableComparison.Digest digest(String schema, String table) {
        return jdbc.queryForObject("SELECT count(*) AS rows, md5(COALESCE(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
                        + " AS digest FROM %s.%s t".formatted(schema, table),
                (rs, row) -> new TableComparison.Digest(rs.getLong("rows"), rs.getString("digest")));
    }
}
