package org.ipfund.projections;

import java.util.Arrays;
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
 * rather than write a row twice.
 *
 * @param table   the table, which only these rows fill
 * @param key     the columns of its primary key
 * @param columns the columns each row gives, in the order of its values
 */
public record EventRows(String table, List<String> key, List<String> columns) {

    public EventRows {
        key = List.copyOf(key);
        columns = List.copyOf(columns);
        if (!table.matches("[a-z_]+") || !columns.stream().allMatch(column -> column.matches("[a-z_]+"))) {
            throw new IllegalArgumentException("plain lower-case names expected: " + table + " " + columns);
        }
        if (key.isEmpty() || !columns.containsAll(key)) {
            throw new IllegalArgumentException("the key " + key + " must be among the columns " + columns);
        }
    }

    /** {@code EventRows.of("ledger_entry", "event_id, line", "event_id, line, fund_id, …")}. */
    public static EventRows of(String table, String key, String columns) {
        return new EventRows(table, names(key), names(columns));
    }

    /** The insert of one row, without a conflict clause: for tables whose key is dropped, as a full rebuild's are. */
    String insert() {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
    }

    /** The insert as live processing sends it: a row already there (its key) is left as it is. */
    String onceEach() {
        return insert() + " ON CONFLICT (" + String.join(", ", key) + ") DO NOTHING";
    }

    /** The copy of rows in CSV ({@link CopiedRows}), for tables whose key is dropped. */
    String copy() {
        return "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).toList();
    }
}
