package org.ipfund.projections.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
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
 * owns, by the token that node keeps in the database, read only when some segment is not processed here.
 */
@Component
public class ProjectionProgress {

    /** How often a waiting read looks again if not woken: soon when the live status answers, less so the database. */
    /** The whole stream, in parts: a segment's mask is below 2^31, so every share is a whole number of parts. */
    private static final long WHOLE = 1L << 31;
    private static final Duration LOOK_AGAIN_HERE = Duration.ofMillis(5);
    private static final Duration LOOK_AGAIN_IN_THE_DATABASE = Duration.ofMillis(20);

    private final EventStoreTables store;
    private final Serializer serializer;
    private final EventProcessingConfiguration processors;
    private final ViewsAdvanced advanced;
    private final ViewResets resets;

    public ProjectionProgress(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer,
                              EventProcessingConfiguration processors, ViewsAdvanced advanced) {
        this.store = new EventStoreTables(jdbc);
        this.serializer = serializer;
        this.processors = processors;
        this.advanced = advanced;
        this.resets = new ViewResets(jdbc);
    }

    public boolean hasReached(String processingGroup, long position) {
        Collection<TrackingToken> tokens = tokensOf(processingGroup).values();
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> covers(token, position));
    }

    /**
     * The position of the last event every segment of the view has handled (-1 while one has handled none), or
     * empty if the view has no segments yet. A segment that failed and waits to try again (no longer in this node's
     * live status) counts with the token it left, so a stuck view never looks up to date.
     */
    public OptionalLong position(String processingGroup) {
        Collection<TrackingToken> tokens = tokensOf(processingGroup).values();
        return tokens.isEmpty() ? OptionalLong.empty() : OptionalLong.of(tokens.stream()
                .mapToLong(ProjectionProgress::handledThrough).min().orElse(-1));
    }

    /**
     * Where the views stand: every segment's token of each. Two standings are equal only if no view among them
     * committed a batch in between, for a view's token moves in the transaction that writes its rows, and its live
     * status only once that transaction has committed (a gap filled late changes the token too, its index
     * unchanged); and a rebuild, which may end on the very tokens the view had before it, counts a reset
     * ({@link ViewResets}). What is read from the views while their standing stays the same is what would be read
     * again, unless their rows were changed outside the events (by hand), which nothing here can see.
     */
    public ViewsStanding standing(String... processingGroups) {
        List<Map<Integer, TrackingToken>> tokens = new ArrayList<>(processingGroups.length);
        for (String processingGroup : processingGroups) {
            tokens.add(tokensOf(processingGroup));
        }
        return new ViewsStanding(List.of(processingGroups), resets.of(processingGroups), tokens);
    }

    /**
     * Whether a view of {@code standing} has committed a batch since it was taken: its tokens alone, without reading
     * the resets (no round trip where this node processes every segment). A reset since then shows in any later
     * {@link #standing}.
     */
    public boolean movedSince(ViewsStanding standing) {
        for (int i = 0; i < standing.views().size(); i++) {
            if (!tokensOf(standing.views().get(i)).equals(standing.tokens().get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Each segment's token: the live ones where this node processes every segment, else the stored ones beside them. */
    private Map<Integer, TrackingToken> tokensOf(String processingGroup) {
        Map<Integer, TrackingToken> local = new HashMap<>();
        if (whollyHere(processingGroup, local)) {
            // every segment is processed here: the live status alone answers, without a round trip
            return local;
        }
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        for (StoredToken stored : store.tokensOf(processingGroup)) {
            tokens.put(stored.segment(), stored.token() == null ? null : serializer.<byte[], TrackingToken>deserialize(
                    new SimpleSerializedObject<>(stored.token(), byte[].class, stored.tokenType(), null)));
        }
        tokens.putAll(local);
        return tokens;
    }

    private static long handledThrough(TrackingToken token) {
        TrackingToken handled = token == null ? null : WrappedToken.unwrapLowerBound(token);
        return handled == null ? -1 : handled.position().orElse(-1);
    }

    /**
     * The live tokens of the segments this node processes, into {@code tokens}; answers whether they cover the whole
     * stream (this node processes every segment). A segment in error counts as not processed here.
     */
    private boolean whollyHere(String processingGroup, Map<Integer, TrackingToken> tokens) {
        long share = 0; // in parts of WHOLE: a segment's share is WHOLE / (its mask + 1), a power of two
        StreamingEventProcessor processor = processors.eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElse(null);
        if (processor == null) {
            return false;
        }
        for (Map.Entry<Integer, EventTrackerStatus> segment : processor.processingStatus().entrySet()) {
            EventTrackerStatus status = segment.getValue();
            if (!status.isErrorState() && status.getTrackingToken() != null) {
                tokens.put(segment.getKey(), status.getTrackingToken());
                share += WHOLE / (status.getSegment().getMask() + 1L);
            }
        }
        return share >= WHOLE;
    }

    /**
     * Waits, at most {@code timeout}, until the view has handled the event at {@code position}: woken when a view's
     * batch commits on this node ({@link ViewsAdvanced}), and looking again every few milliseconds in any case (a
     * processor passes over events it has no handler for without a batch, and another node's progress is only seen
     * in the token table).
     */
    public boolean awaitPosition(String processingGroup, long position, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = advanced.generation();
            if (hasReached(processingGroup, position)) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                Duration lookAgain = whollyHere(processingGroup, new HashMap<>()) ? LOOK_AGAIN_HERE
                        : LOOK_AGAIN_IN_THE_DATABASE;
                advanced.awaitAfter(seen, Math.min(left, lookAgain.toNanos()));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
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
