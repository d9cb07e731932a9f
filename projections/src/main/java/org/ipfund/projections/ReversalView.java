package org.ipfund.projections;

import java.time.LocalDate;

/** The correction that reversed a recorded fact: which one, from when, and why. The fact itself stays shown. */
public record ReversalView(String correctionId, LocalDate date, String reason) {
}
