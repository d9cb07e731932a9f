package org.ipfund.app.recording;

import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The writes this instance acknowledged, as the position of each fund's last acknowledged write: a read waits until
 * its views show them, so that a client (any client) never reads a view that lacks a write the service already
 * answered 201 for. A write counts once its transaction has committed: one that rolls back is never waited for.
 * A write that records events in several funds (a sub-fund created, topped up or its commitment reversed: the parent
 * first, then the sub-fund) counts for each of them up to its last event, so that a view showing a parent's last
 * write also shows every sub-fund that write created.
 */
@Component
public class AcknowledgedWrites {

    private final Map<String, Long> lastByFund = new ConcurrentHashMap<>();
    private final AtomicLong last = new AtomicLong(-1);

    /**
     * The last position of each fund a write recorded events in, counted when its transaction commits, for every fund
     * of the write as the write's last position.
     */
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
        long write = Collections.max(lastPositionByFund.values());
        lastPositionByFund.keySet().forEach(fund -> lastByFund.merge(fund, write, Math::max));
        last.accumulateAndGet(write, Math::max);
    }

    /** The last position of the last acknowledged write to {@code fundId}, or -1. */
    public long lastOf(String fundId) {
        return lastByFund.getOrDefault(fundId, -1L);
    }

    /** The position of the last acknowledged write to any fund, or -1. */
    public long last() {
        return last.get();
    }
}
