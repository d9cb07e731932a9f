package org.ipfund.projections.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipfund.projections.RebuildableView;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many times each view has been emptied to be built again. Each view empties itself through {@link #empty} in its
 * reset handler, which counts the reset in the transaction that empties its tables (Axon's reset of a processor, or
 * the one-pass rebuild's), so the count moves with every rebuild on any node, even one that ends on the very tokens
 * the view had before it.
 */
public final class ViewResets {

    private final JdbcTemplate jdbc;

    public ViewResets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties the view's tables to build them again, and counts it. */
    public void empty(RebuildableView view) {
        jdbc.execute("TRUNCATE " + String.join(", ", view.tables()));
        count(view.name());
    }

    /** Counts one reset of {@code view}. */
    void count(String view) {
        jdbc.update("""
                INSERT INTO view_resets (view_name, resets) VALUES (?, 1)
                ON CONFLICT (view_name) DO UPDATE SET resets = view_resets.resets + 1""", view);
    }

    /** The resets of each view named, in that order: 0 for a view never reset. */
    public List<Long> of(String... views) {
        Map<String, Long> counted = new HashMap<>();
        jdbc.query("SELECT view_name, resets FROM view_resets WHERE view_name = ANY (?)",
                rs -> {
                    counted.put(rs.getString("view_name"), rs.getLong("resets"));
                }, (Object) views);
        List<Long> resets = new ArrayList<>(views.length);
        for (String view : views) {
            resets.add(counted.getOrDefault(view, 0L));
        }
        return resets;
    }
}
