package org.ipfund.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipfund.app.recording.AcknowledgedWrites;
import org.ipfund.app.recording.AcknowledgedWritesAccess;
import org.ipfund.projections.progress.ProjectionProgress;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Which position a read waits for: its fund's acknowledged writes, every one for a read across funds, or more. */
class ViewReadsTest {

    private final List<String> awaited = new ArrayList<>();
    private final AcknowledgedWrites acknowledged = new AcknowledgedWrites();
    private final ViewReads reads = new ViewReads(new RecordingProgress(), acknowledged, Duration.ofSeconds(1),
            Clock.systemUTC());

    @Test
    void aReadOfOneFundWaitsForThatFundsAcknowledgedWritesOnly() {
        AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("fund-a", 5L, "fund-b", 9L));
        reads.awaitFund("fund-a", null, "capital-position");
        reads.awaitFund("fund-c", null, "capital-position");
        assertThat(awaited).containsExactly("capital-position@5");
    }

    @Test
    void aReadAcrossFundsWaitsForEveryAcknowledgedWriteAndAPositionTheClientNamesCountsToo() {
        AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("fund-a", 5L, "fund-b", 9L));
        reads.awaitAll(null, "capital-position", "portfolio");
        reads.awaitFund("fund-a", 12L, "capital-position");
        assertThat(awaited).containsExactly("capital-position@9", "portfolio@9", "capital-position@12");
    }

    @Test
    void aWriteCountsOnlyOnceItsTransactionCommitted() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("fund-a", 5L));
            reads.awaitFund("fund-a", null, "capital-position");
            assertThat(awaited).as("not yet committed").isEmpty();
            for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
                synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
            }
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        reads.awaitFund("fund-a", null, "capital-position");
        assertThat(awaited).as("rolled back: never waited for").isEmpty();

        TransactionSynchronizationManager.initSynchronization();
        try {
            AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("fund-a", 6L));
            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        reads.awaitFund("fund-a", null, "capital-position");
        assertThat(awaited).containsExactly("capital-position@6");
    }

    /** Records what is awaited, and answers at once that the view is there. */
    private final class RecordingProgress extends ProjectionProgress {

        RecordingProgress() {
            super(null, null, null, null);
        }

        @Override
        public boolean awaitPosition(String processingGroup, long position, Duration timeout) {
            awaited.add(processingGroup + "@" + position);
            return true;
        }
    }
}
