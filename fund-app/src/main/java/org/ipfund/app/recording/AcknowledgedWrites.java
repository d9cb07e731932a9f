package org.ipfund.app.recording;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The writes this instance acknowledged, as the position of each fund's last event: a read waits until its views
 * show them, so that a client (any client) never reads a view that lacks a write the service already answered 201
 * for. A write counts once its transaction has committed: one that rolls back is never waited for.
 */
@Component
public class AcknowledgedWrites {

    private final Map<String, Long> lastByFund = new ConcurrentHashMap<>();
    private final AtomicLong last = new AtomicLong(-1);

    /** The last position of each fund a write recorded events in, counted when its transaction commits. */
    void acknowledge(Map<String, Long> lastPositionByFund) {
        if (lastPositionByFund.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remember(lastPositionByFund);
                }
            });
        } else {
            remember(lastPositionByFund);
        }
    }

    private void remember(Map<String, Long> lastPositionByFund) {
        lastPositionByFund.forEach((fund, position) -> lastByFund.merge(fund, position, Math::max));
        lastPositionByFund.values().forEach(position -> last.accumulateAndGet(position, Math::max));
    }

    /** The position of the last acknowledged write to {@code fundId}, or -1. */
    public long lastOf(String fundId) {
        return lastByFund.getOrDefault(fundId, -1L);
    }

    /** The position of the last acknowledged write to any fund, or -1. */
    public long last() {
        return last.get();
    }
}
