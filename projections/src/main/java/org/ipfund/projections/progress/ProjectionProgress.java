package org.ipfund.projections.progress;

import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far each view has read the event stream, from the tokens its processor keeps in the database, so
 * that the answer is the same on every node whichever node owns which segment. A view has reached a
 * position when every one of its segments has handled that event.
 */
@Component
public class ProjectionProgress {

    private static final Duration POLL = Duration.ofMillis(20);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public ProjectionProgress(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    public boolean hasReached(String processingGroup, long position) {
        List<TrackingToken> tokens = jdbc.query(
                "SELECT token, tokentype FROM tokenentry WHERE processorname = ?",
                (rs, row) -> {
                    byte[] bytes = rs.getBytes("token");
                    return bytes == null ? null : serializer.<byte[], TrackingToken>deserialize(
                            new SimpleSerializedObject<>(bytes, byte[].class, rs.getString("tokentype"), null));
                }, processingGroup);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> covers(token, position));
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
