package org.ipfund.domain.correction;

import java.time.LocalDate;
import org.ipfund.domain.BusinessFact;

/** What every reversal says: which correction, which fact it reverses, why, and from which date. */
public interface Reversal extends BusinessFact {

    CorrectionId correctionId();

    String reversedId();

    String reason();

    LocalDate date();

    @Override
    default LocalDate businessDate() {
        return date();
    }
}
