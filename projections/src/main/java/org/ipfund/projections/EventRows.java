package org.ipfund.projections;

import java.util.Locale;
import java.util.Objects;

/**
 * The rows a view writes for one event, keyed by the event (its id, and a line where it writes several), in a table
 * that holds nothing else: each row is written once, when its event is handled, and never changed. An event handled
 * again (a batch redelivered after a failure) writes nothing twice: {@code ON CONFLICT} on the key.
 *
 * <p>A full rebuild into emptied tables handles each event once, so it drops such a table's key with its secondary
 * indexes and sends the rows without the conflict clause (PostgreSQL keeps no key to look up); creating the key
 * again after the pass proves that no row was written twice ({@link DeferredIndexes}). Live processing keeps the
 * clause with its target, which PostgreSQL refuses while the key is missing: a view whose key could not be created
 * again stops, rather than write a row twice.
 *
 * @param table  the table, which only these rows fill
 * @param key    the columns of its primary key, as in {@code ON CONFLICT (…)}
 * @param insert the {@code INSERT … VALUES (…)} of one row, without a conflict clause
 */
public record EventRows(String table, String key, String insert) {

    public EventRows {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
        if (!insert.stripLeading().startsWith("INSERT INTO " + table + " ")) {
            throw new IllegalArgumentException("an insert into " + table + " expected: " + insert);
        }
        if (insert.toUpperCase(Locale.ROOT).contains("ON CONFLICT")) {
            throw new IllegalArgumentException("the conflict clause is the key's, not the insert's: " + insert);
        }
    }

    /** The insert as live processing sends it: a row already there (its key) is left as it is. */
    String onceEach() {
        return insert + " ON CONFLICT (" + key + ") DO NOTHING";
    }
}
