package org.ipfund.projections;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The rows a view writes for one event, keyed by the event (its id, and a line where it writes several), in a table
 * that holds nothing else: each row is written once, when its event is handled, and never changed. An event handled
 * again (a batch redelivered after a failure) writes nothing twice: {@code ON CONFLICT} on the key.
 *
 * <p>A full rebuild into emptied tables handles each event once, so it drops such a table's key with its secondary
 * indexes and copies the rows in ({@code COPY}, no key to look up, no conflict clause); creating the key again after
 * the pass proves that no row was written twice ({@link DeferredIndexes}). Live processing keeps the clause with its
 * target, which PostgreSQL refuses while the key is missing: a view whose key could not be created again stops,
 * rather than write a row twice, until it is built again.
 *
 * <p>Its statements are made once, when the view declares it: live processing sends one for every event.
 */
public final class EventRows {

    private final String table;
    private final List<String> key;
    private final List<String> columns;
    private final String insert;
    private final String onceEach;
    private final String copy;

    /**
     * @param table   the table, which only these rows fill
     * @param key     the columns of its primary key
     * @param columns the columns each row gives, in the order of its values
     */
    public EventRows(String table, List<String> key, List<String> columns) {
        this.key = List.copyOf(key);
        this.columns = List.copyOf(columns);
        if (!table.matches("[a-z_]+") || !this.columns.stream().allMatch(column -> column.matches("[a-z_]+"))) {
            throw new IllegalArgumentException("plain lower-case names expected: " + table + " " + columns);
        }
        if (this.key.isEmpty() || !this.columns.containsAll(this.key)) {
            throw new IllegalArgumentException("the key " + key + " must be among the columns " + columns);
        }
        this.table = table;
        String names = String.join(", ", this.columns);
        this.insert = "INSERT INTO " + table + " (" + names + ") VALUES ("
                + String.join(", ", Collections.nCopies(this.columns.size(), "?")) + ")";
        this.onceEach = insert + " ON CONFLICT (" + String.join(", ", this.key) + ") DO NOTHING";
        this.copy = "COPY " + table + " (" + names + ") FROM STDIN (FORMAT csv)";
    }

    /** {@code EventRows.of("ledger_entry", "event_id, line", "event_id, line, fund_id, …")}. */
    public static EventRows of(String table, String key, String columns) {
        return new EventRows(table, names(key), names(columns));
    }

    public String table() {
        return table;
    }

    public List<String> key() {
        return key;
    }

    public List<String> columns() {
        return columns;
    }

    /** The insert of one row, without a conflict clause: for tables whose key is dropped, as a full rebuild's are. */
    String insert() {
        return insert;
    }

    /** The insert as live processing sends it: a row already there (its key) is left as it is. */
    String onceEach() {
        return onceEach;
    }

    /** The copy of rows in CSV ({@link CopiedRows}), for tables whose key is dropped. */
    String copy() {
        return copy;
    }

    @Override
    public String toString() {
        return "EventRows[" + table + " " + columns + ", key " + key + "]";
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).toList();
    }
}
