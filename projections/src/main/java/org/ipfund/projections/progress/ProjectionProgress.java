package org.ipfund.projections.progress;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.ipfund.projections.store.EventStoreTables;
import org.ipfund.projections.store.StoredToken;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far each view has read the event stream. A view has reached a position when every one of its
 * segments has handled (or passed over, as not its own) that event. A segment this node processes is
 * judged by its live status, which also advances over the events it passes over; a segment another node
 * owns, by the token that node keeps in the database.
 */
@Component
public class ProjectionProgress {

    private static final Duration POLL = Duration.ofMillis(20);

    private final EventStoreTables store;
    private final Serializer serializer;
    private final EventProcessingConfiguration processors;

    public ProjectionProgress(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer,
                              EventProcessingConfiguration processors) {
        this.store = new EventStoreTables(jdbc);
        this.serializer = serializer;
        this.processors = processors;
    }

    public boolean hasReached(String processingGroup, long position) {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        for (StoredToken stored : store.tokensOf(processingGroup)) {
            tokens.put(stored.segment(), stored.token() == null ? null : serializer.<byte[], TrackingToken>deserialize(
                    new SimpleSerializedObject<>(stored.token(), byte[].class, stored.tokenType(), null)));
        }
        processors.eventProcessor(processingGroup, StreamingEventProcessor.class).ifPresent(processor ->
                processor.processingStatus().forEach((segment, status) -> {
                    if (!status.isErrorState() && status.getTrackingToken() != null) {
                        tokens.put(segment, status.getTrackingToken());
                    }
                }));
        return !tokens.isEmpty() && tokens.values().stream().allMatch(token -> covers(token, position));
    }

    /** Waits, at most {@code timeout}, until the view has handled the event at {@code position}. */
    public boolean awaitPosition(String processingGroup, long position, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!hasReached(processingGroup, position)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    static boolean covers(TrackingToken token, long position) {
        if (token == null) {
            return false;
        }
        TrackingToken handled = WrappedToken.unwrapLowerBound(token);
        if (handled instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return handled != null && handled.position().orElse(-1) >= position;
    }
}
