package org.ipfund.domain.correction;

import java.time.LocalDate;
import org.ipfund.domain.FundEvent;

/** What every reversal says: which correction, which fact it reverses, why, and from which date. */
public interface Reversal extends FundEvent {

    CorrectionId correctionId();

    String reversedId();

    String reason();

    LocalDate date();

    @Override
    default LocalDate businessDate() {
        return date();
    }
}
