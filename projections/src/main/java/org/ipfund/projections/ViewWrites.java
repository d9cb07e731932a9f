package org.ipfund.projections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A view's writes, sent to the database as JDBC batches when the processor's unit of work (a batch of events)
 * commits, in its transaction, instead of one round trip per row: a rebuild writes thousands of rows a second.
 *
 * <p>Only keyed inserts are held back: each writes the row of one event or fact ({@code ON CONFLICT} on its key),
 * so they commute with one another, and the rows of one statement are sent in the order they came. A write that
 * depends on earlier ones (an {@code UPDATE} of a row an insert may still hold back) first sends everything held
 * back. If a batch fails, the unit of work rolls back with the token, and the events are handled again. The driver
 * sends a batch as multi-row INSERTs ({@code reWriteBatchedInserts}), where PostgreSQL refuses an
 * {@code ON CONFLICT DO UPDATE} that meets one key twice: such an upsert must key a fact recorded once (a fund's
 * launch), or the view stops at that batch rather than write it.
 * The rows belong to the unit of work the handler runs in (the processor's batch; a nested one, when a view is
 * subscribed to the command that records the event), so a handler's rolled-back unit of work sends none of them.
 * Outside a unit of work (a handler called directly) every write goes at once.
 */
public final class ViewWrites {

    /** The resource of a unit of work whose events' rows go into tables without their keys (a full rebuild). */
    private static final String KEYS_DROPPED = ViewWrites.class.getName() + ".keysDropped";

    private final JdbcTemplate jdbc;
    private final String resourceKey = ViewWrites.class.getName() + "@" + UUID.randomUUID();

    public ViewWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A keyed insert of one row, held back until the unit of work commits. */
    public void insert(String sql, Object... row) {
        insertAll(sql, List.<Object[]>of(row));
    }

    /** Keyed inserts of several rows with one statement, held back until the unit of work commits. */
    public void insertAll(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.batchUpdate(sql, rows);
            return;
        }
        heldBack(CurrentUnitOfWork.get()).computeIfAbsent(sql, any -> new ArrayList<>()).addAll(rows);
    }

    /**
     * Says that the tables of the {@link EventRows} the unit of work writes have no keys now: a full rebuild dropped
     * them for its pass, which handles each event once. Their rows go without the conflict clause: copied in
     * ({@link CopiedRows}), or inserted if {@code copied} is false.
     */
    public static void keysDropped(UnitOfWork<?> unitOfWork, boolean copied) {
        unitOfWork.resources().put(KEYS_DROPPED, copied ? Sent.COPIED : Sent.INSERTED);
    }

    /** The row of one event, held back until the unit of work commits. */
    public void insert(EventRows rows, Object... row) {
        insertAll(rows, List.<Object[]>of(row));
    }

    /** The rows of one event, held back until the unit of work commits. */
    public void insertAll(EventRows rows, List<Object[]> values) {
        Sent sent = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getResource(KEYS_DROPPED) : null;
        if (sent == Sent.COPIED && !values.isEmpty()) {
            heldBack(CurrentUnitOfWork.get()).computeIfAbsent(rows, any -> new ArrayList<>()).addAll(values);
            return;
        }
        insertAll(sent == Sent.INSERTED ? rows.insert() : rows.onceEach(), values);
    }

    /** How the rows of events go where their keys are dropped. */
    private enum Sent { INSERTED, COPIED }

    /** A write that depends on earlier ones: what is held back goes first, then this, at once. */
    public void update(String sql, Object... args) {
        if (CurrentUnitOfWork.isStarted()) {
            send(CurrentUnitOfWork.get());
        }
        jdbc.update(sql, args);
    }

    /** By statement: the SQL of an insert, or the {@link EventRows} copied in. */
    private Map<Object, List<Object[]>> heldBack(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(resourceKey, key -> {
            unitOfWork.onPrepareCommit(committing -> send(committing));
            return new LinkedHashMap<>();
        });
    }

    private void send(UnitOfWork<?> unitOfWork) {
        Map<Object, List<Object[]>> statements = unitOfWork.getResource(resourceKey);
        if (statements == null) {
            return;
        }
        statements.forEach((statement, rows) -> {
            if (statement instanceof EventRows copied) {
                CopiedRows.copy(jdbc, copied, rows);
            } else {
                jdbc.batchUpdate((String) statement, rows);
            }
        });
        statements.clear();
    }
}
