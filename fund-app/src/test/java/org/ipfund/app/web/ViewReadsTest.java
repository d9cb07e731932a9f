package org.ipfund.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipfund.app.recording.AcknowledgedWrites;
import org.ipfund.app.recording.AcknowledgedWritesAccess;
import org.ipfund.projections.capital.SubFundIds;
import org.ipfund.projections.progress.ProjectionProgress;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which position a read waits for: its fund's acknowledged writes, its sub-funds' too where it is figured from them,
 * every one for a read across funds, or more.
 */
class ViewReadsTest {

    private final List<String> awaited = new ArrayList<>();
    private final List<String> subFundsLookedUp = new ArrayList<>();
    private final AcknowledgedWrites acknowledged = new AcknowledgedWrites();
    private final ViewReads reads = new ViewReads(new RecordingProgress(), acknowledged, new KnownSubFunds(),
            Duration.ofSeconds(1), Clock.systemUTC());

    @Test
    void aReadOfOneFundWaitsForThatFundsAcknowledgedWritesOnly() {
        AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("fund-a", 5L));
        AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("fund-b", 9L));
        reads.awaitFund("fund-a", null, "capital-position");
        reads.awaitFund("fund-c", null, "capital-position");
        assertThat(awaited).containsExactly("capital-position@5");
    }

    @Test
    void aWriteToAParentAndItsSubFundCountsForBothUpToItsLastEvent() {
        // a sub-fund created: the parent's side first (5), then the sub-fund's launch (6)
        AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("parent", 5L, "sub-1", 6L));
        reads.awaitFund("parent", null, "capital-position");
        reads.awaitFund("sub-1", null, "capital-position");
        assertThat(awaited).containsExactly("capital-position@6", "capital-position@6");
    }

    @Test
    void aReadOfAParentWaitsForItsSubFundsWritesButNotForAnotherFamilys() {
        AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("parent", 5L, "sub-1", 6L));
        AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("sub-1", 9L));
        AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("sub-2", 7L));
        AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("other", 12L));
        reads.awaitFundAndSubFunds("parent", null, "portfolio");
        // the capital view names the sub-funds once it shows the parent's writes; then the sub-funds' writes
        assertThat(awaited).containsExactly("capital-position@6", "portfolio@6", "portfolio@9");
        assertThat(subFundsLookedUp).containsExactly("parent");

        awaited.clear();
        reads.awaitFundAndSubFunds("other", null, "portfolio");
        assertThat(awaited).containsExactly("capital-position@12", "portfolio@12");
    }

    @Test
    void aReadOfAFundAndItsSubFundsLooksThemUpOnlyIfAWriteCameAfterItsOwnAndCountsTheClientsPosition() {
        AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("sub-1", 4L));
        AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("parent", 5L));
        reads.awaitFundAndSubFunds("parent", null, "portfolio");
        assertThat(awaited).containsExactly("capital-position@5", "portfolio@5");
        assertThat(subFundsLookedUp).as("no write after the parent's: none to a sub-fund").isEmpty();

        awaited.clear();
        AcknowledgedWritesAccess.acknowledge(acknowledged, Map.of("sub-1", 8L));
        reads.awaitFundAndSubFunds("parent", 10L, "portfolio");
        assertThat(awaited).containsExactly("capital-position@10", "portfolio@10");

        awaited.clear();
        reads.awaitFundAndSubFunds("unknown", null, "portfolio");
        assertThat(awaited).as("a fund nothing was written to has no sub-fund written to").isEmpty();
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

    /** The capital view's sub-funds: sub-1 and sub-2 of parent. */
    private final class KnownSubFunds extends SubFundIds {

        KnownSubFunds() {
            super(null);
        }

        @Override
        public List<String> of(String fundId) {
            subFundsLookedUp.add(fundId);
            return fundId.equals("parent") ? List.of("sub-1", "sub-2") : List.of();
        }
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
