package org.ipfund.audit.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of a fund's stream as the store holds it, its payload read back into the domain's event record:
 * where it stands in the store ({@code position}) and in the fund's stream ({@code sequence}), and when it was
 * recorded.
 */
public record FundStreamEvent(long position, long sequence, Instant recordedAt, Object payload) {

    public FundStreamEvent {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(payload, "payload");
    }
}
