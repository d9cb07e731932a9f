package org.ipfund.projections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexes of the views' tables, dropped while a full rebuild writes every row and created again after it, which
 * is several times faster than keeping them up to date row by row: the secondary indexes of every table, and the
 * primary keys of the tables of {@link EventRows} (rows of one event each, which the pass writes once, without a
 * conflict clause). The other primary keys stay: their rows are upserted or updated by key during the pass.
 *
 * <p>Each dropped index is recorded, in the dropping transaction, in {@code deferred_view_index}, so that
 * {@link #restore()} creates it again even if the rebuild died part-way (the service calls it when it starts).
 * Creating a primary key again proves that the pass wrote no row twice; if it cannot be (two rows with one key), it
 * stays recorded, {@link NotRestored} names the table, and the view's processor stops at its first write, whose
 * conflict clause needs the key (the one-pass rebuild then empties the view and has its processor build it again).
 * Reads meanwhile are answered, only slower: a key is built as a unique index first, which blocks writes, not reads.
 */
public final class DeferredIndexes {

    private static final String PRIMARY_KEY = "PRIMARY KEY ";
    private static final String KEY_INDEX = "CREATE UNIQUE INDEX ";
    /**
     * The table of a key's definition as {@link #drop} records it ({@code CREATE UNIQUE INDEX "…" ON "table" …}), or
     * as it did at first ({@code ALTER TABLE "table" ADD CONSTRAINT …}).
     */
    private static final Pattern KEYED_TABLE = Pattern.compile(
            "^(?:CREATE UNIQUE INDEX \"(?:[^\"]|\"\")+\" ON|ALTER TABLE) \"((?:[^\"]|\"\")+)\"");

    private final JdbcTemplate jdbc;

    public DeferredIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Drops the secondary indexes of {@code tables} and the primary keys of {@code keyedByEvent}, recording each;
     * call it in the transaction that resets them.
     */
    public int drop(Collection<String> tables, Collection<String> keyedByEvent) {
        int dropped = 0;
        for (String table : keyedByEvent) {
            List<String[]> keys = jdbc.query("""
                    SELECT c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
                    JOIN pg_class t ON t.oid = c.conrelid
                    WHERE t.relname = ? AND t.relnamespace = current_schema()::regnamespace AND c.contype = 'p'""",
                    (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}, table);
            for (String[] key : keys) {
                // created again as a unique index, which lets reads on while it is built, then made the key
                String columns = key[1].substring(PRIMARY_KEY.length());
                record(key[0], KEY_INDEX + quoted(key[0]) + " ON " + quoted(table) + " " + columns
                        + "; ALTER TABLE " + quoted(table) + " ADD CONSTRAINT " + quoted(key[0])
                        + " PRIMARY KEY USING INDEX " + quoted(key[0]));
                jdbc.execute("ALTER TABLE " + quoted(table) + " DROP CONSTRAINT " + quoted(key[0]));
                dropped++;
            }
        }
        for (String table : tables) {
            List<String[]> indexes = jdbc.query("""
                    SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x
                    JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                    WHERE t.relname = ? AND t.relnamespace = current_schema()::regnamespace
                      AND NOT x.indisunique AND NOT x.indisprimary""",
                    (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}, table);
            for (String[] index : indexes) {
                record(index[0], index[1]);
                jdbc.execute("DROP INDEX " + quoted(index[0]));
                dropped++;
            }
        }
        return dropped;
    }

    /**
     * Creates again every index recorded as dropped, and forgets it; answers how many were recorded. The keys come
     * first: live processing of the views waits for them (its conflict clause needs them), not for the others.
     * Call it outside a transaction: each index is created and forgotten on its own, so that one that cannot be
     * created leaves the others created. An index already there is forgotten (a restore that died between the two, or
     * another node's restore at its start). Throws {@link NotRestored}, once it has tried them all, if one could not
     * be created, naming it and why.
     */
    public int restore() {
        List<String[]> deferred = jdbc.query("""
                SELECT index_name, definition FROM deferred_view_index
                ORDER BY definition LIKE 'CREATE UNIQUE INDEX %' DESC, index_name""",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2)});
        List<String> failed = new ArrayList<>();
        Set<String> rowsTwice = new LinkedHashSet<>();
        for (String[] index : deferred) {
            try {
                if (!exists(index[0])) {
                    jdbc.execute(index[1]);
                }
                jdbc.update("DELETE FROM deferred_view_index WHERE index_name = ?", index[0]);
            } catch (DataAccessException notCreated) {
                if (exists(index[0])) {
                    jdbc.update("DELETE FROM deferred_view_index WHERE index_name = ?", index[0]);
                    continue; // another node's restore created it meanwhile
                }
                if (notCreated instanceof DuplicateKeyException) {
                    keyedTable(index[1]).ifPresent(rowsTwice::add);
                }
                failed.add(index[0] + ": " + notCreated.getMostSpecificCause().getMessage());
            }
        }
        if (!failed.isEmpty()) {
            throw new NotRestored("Indexes of rebuilt views could not be created again, and stay recorded in"
                    + " deferred_view_index: " + String.join("; ", failed), rowsTwice);
        }
        return deferred.size();
    }

    /** Indexes that could not be created again; among them, the keys of tables that hold a row twice. */
    public static final class NotRestored extends IllegalStateException {

        private final Set<String> tablesWithRowsTwice;

        NotRestored(String message, Set<String> tablesWithRowsTwice) {
            super(message);
            this.tablesWithRowsTwice = Set.copyOf(tablesWithRowsTwice);
        }

        /** The tables whose key could not be created because two rows have the same key. */
        public Set<String> tablesWithRowsTwice() {
            return tablesWithRowsTwice;
        }
    }

    private boolean exists(String index) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class,
                quoted(index)));
    }

    /** The table of a key's definition, as {@link #drop} records it. */
    private static Optional<String> keyedTable(String definition) {
        Matcher table = KEYED_TABLE.matcher(definition);
        return table.find() ? Optional.of(table.group(1).replace("\"\"", "\"")) : Optional.empty();
    }

    private void record(String index, String definition) {
        // already recorded if it was created again but not yet forgotten when a restore stopped
        jdbc.update("INSERT INTO deferred_view_index (index_name, definition) VALUES (?, ?)"
                + " ON CONFLICT (index_name) DO NOTHING", index, definition);
    }

    /**
     * Has PostgreSQL gather fresh statistics of {@code tables}, once a rebuild has written all their rows again: its
     * plans for the views' reads and writes rest on them, and autovacuum (off on some machines, and slow to notice a
     * table refilled in minutes) may not gather them before the reads come. A sample, so a second or two even for
     * tables of millions of rows.
     */
    public void analyze(Collection<String> tables) {
        tables.stream().distinct().forEach(table -> jdbc.execute("ANALYZE " + quoted(table)));
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
