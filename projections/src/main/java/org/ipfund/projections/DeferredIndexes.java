package org.ipfund.projections;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secondary indexes of the views' tables, dropped while a full rebuild writes every row and created again after
 * it, which is several times faster than keeping them up to date row by row. Only non-unique indexes go: the unique
 * ones (primary keys) are what each row's {@code ON CONFLICT} relies on. Each dropped index is recorded, in the
 * dropping transaction, in {@code deferred_view_index}, so that {@link #restore()} creates it again even if the
 * rebuild died part-way (the service calls it when it starts). Reads meanwhile are answered, only slower.
 */
public final class DeferredIndexes {

    private final JdbcTemplate jdbc;

    public DeferredIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Drops the non-unique indexes of {@code tables}, recording each; call it in the transaction that resets them. */
    public int drop(Collection<String> tables) {
        int dropped = 0;
        for (String table : tables) {
            List<String[]> indexes = jdbc.query("""
                    SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x
                    JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                    WHERE t.relname = ? AND t.relnamespace = current_schema()::regnamespace
                      AND NOT x.indisunique AND NOT x.indisprimary""",
                    (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}, table);
            for (String[] index : indexes) {
                jdbc.update("INSERT INTO deferred_view_index (index_name, definition) VALUES (?, ?)", index[0],
                        index[1]);
                jdbc.execute("DROP INDEX " + quoted(index[0]));
                dropped++;
            }
        }
        return dropped;
    }

    /** Creates again every index recorded as dropped, and forgets it; answers how many. */
    public int restore() {
        List<String[]> deferred = jdbc.query("SELECT index_name, definition FROM deferred_view_index ORDER BY index_name",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2)});
        for (String[] index : deferred) {
            jdbc.execute(index[1].replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
            jdbc.update("DELETE FROM deferred_view_index WHERE index_name = ?", index[0]);
        }
        return deferred.size();
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
