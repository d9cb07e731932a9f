package org.ipfund.projections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DataAccessException;
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
 * stays recorded and the view's processor stops at its first write, whose conflict clause needs the key. Reads
 * meanwhile are answered, only slower.
 */
public final class DeferredIndexes {

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
                record(key[0], "ALTER TABLE " + quoted(table) + " ADD CONSTRAINT " + quoted(key[0]) + " " + key[1]);
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
     * Creates again every index recorded as dropped (the primary keys first), and forgets it; answers how many were
     * recorded. Call it outside a transaction: each index is created and forgotten on its own, so that one that
     * cannot be created leaves the others created. An index already there is forgotten (a restore that died between
     * the two). Throws, once it has tried them all, if one could not be created, naming it and why.
     */
    public int restore() {
        List<String[]> deferred = jdbc.query("""
                SELECT index_name, definition FROM deferred_view_index
                ORDER BY definition LIKE 'ALTER TABLE %' DESC, index_name""",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2)});
        List<String> failed = new ArrayList<>();
        for (String[] index : deferred) {
            try {
                if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class,
                        quoted(index[0])))) {
                    jdbc.execute(index[1]);
                }
                jdbc.update("DELETE FROM deferred_view_index WHERE index_name = ?", index[0]);
            } catch (DataAccessException notCreated) {
                failed.add(index[0] + ": " + notCreated.getMostSpecificCause().getMessage());
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Indexes of rebuilt views could not be created again, and stay recorded"
                    + " in deferred_view_index: " + String.join("; ", failed));
        }
        return deferred.size();
    }

    private void record(String index, String definition) {
        jdbc.update("INSERT INTO deferred_view_index (index_name, definition) VALUES (?, ?)", index, definition);
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
