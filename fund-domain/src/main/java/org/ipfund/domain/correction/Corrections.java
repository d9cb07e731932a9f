package org.ipfund.domain.correction;

import java.time.LocalDate;

/** Checks every correction must pass, whatever kind of fact it reverses. */
public final class Corrections {

    private Corrections() {
    }

    public static void requireNotBefore(ReverseFact correction, LocalDate factDate) {
        if (correction.date().isBefore(factDate)) {
            throw new CorrectionBeforeFact(correction.reverses(), factDate, correction.date());
        }
    }
}
