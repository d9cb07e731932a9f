package org.ipfund.app.admin;

import java.util.List;

/**
 * A shadow rebuild compared with the live view at event {@code position}: {@code equal} when every table's
 * digest agrees. {@code settled} is false when the live view kept moving and no stable moment was found.
 */
public record ShadowComparison(String name, boolean settled, boolean equal, Long position,
                               List<TableComparison> tables) {

    static ShadowComparison of(String name, long position, List<TableComparison> tables) {
        return new ShadowComparison(name, true, tables.stream().allMatch(TableComparison::equal), position, tables);
    }

    static ShadowComparison unsettled(String name, long replayed) {
        return new ShadowComparison(name, false, false, replayed, List.of());
    }
}
