package org.ipfund.projections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** The correction that reversed a recorded fact: which one, from when, and why. The fact itself stays shown. */
public record ReversalView(String correctionId, LocalDate date, String reason) {

    /**
     * The reversal a view's row records (its {@code reversed_by}, {@code reversed_on} and {@code reason}), when the
     * correction took effect on or before {@code asOf}; before that the fact stood, and this is null.
     */
    public static ReversalView of(ResultSet row, LocalDate asOf) throws SQLException {
        LocalDate reversedOn = row.getObject("reversed_on", LocalDate.class);
        if (reversedOn == null || reversedOn.isAfter(asOf)) {
            return null;
        }
        return new ReversalView(row.getString("reversed_by"), reversedOn, row.getString("reason"));
    }
}
