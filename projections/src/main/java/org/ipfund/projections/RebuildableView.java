package org.ipfund.projections;

import java.util.List;

/**
 * A view that can be rebuilt from the events alone: it names the tables it owns, which a reset empties and
 * which a shadow rebuild recreates elsewhere to compare with the live ones.
 */
public interface RebuildableView {

    /** The processing group (and view) name. */
    String name();

    /** The tables the view owns, each written only by its own event handlers. */
    List<String> tables();

    /**
     * Those of its tables that hold rows of one event each, written once ({@link EventRows}): a full rebuild drops
     * their keys for its pass and creates them again after it.
     */
    default List<EventRows> eventRows() {
        return List.of();
    }
}
