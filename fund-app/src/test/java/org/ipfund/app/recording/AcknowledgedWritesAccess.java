package org.ipfund.app.recording;

import java.util.Map;

/** Lets tests outside the package acknowledge writes as the Recorder does. */
public final class AcknowledgedWritesAccess {

    private AcknowledgedWritesAccess() {
    }

    public static void acknowledge(AcknowledgedWrites writes, Map<String, Long> lastPositionByFund) {
        writes.acknowledge(lastPositionByFund);
    }
}
