package org.ipfund.app.processing;

import java.util.OptionalInt;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;

/**
 * How many of a view's segments one instance may claim: an equal share, rounded up, among the instances
 * alive. Axon's coordinator asks on every round; an instance holding more than its share (because another
 * one has just started) releases the surplus, and the newcomer claims it. One instance alone takes all.
 */
public class FairShareOfSegments implements MaxSegmentProvider {

    private final ProcessingNodes nodes;

    public FairShareOfSegments(ProcessingNodes nodes) {
        this.nodes = nodes;
    }

    @Override
    public int getMaxSegments(String processor) {
        OptionalInt segments = nodes.segmentsOf(processor);
        if (segments.isEmpty()) {
            return Integer.MAX_VALUE; // tokens not made yet: the first instance makes and claims them all
        }
        return share(segments.getAsInt(), nodes.liveNodes());
    }

    /** Rounded up, so that every segment has a claimant, and at least one, so that no instance idles. */
    static int share(int segments, int liveNodes) {
        int nodes = Math.max(1, liveNodes);
        return Math.max(1, (segments + nodes - 1) / nodes);
    }
}
