package org.ipfund.projections.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Where some views stand at one moment ({@link ProjectionProgress#standing}): how many times each has been reset, and
 * the token of every segment of each, in the order the views were named. A segment with no token yet is held as
 * {@code null}.
 */
public record ViewsStanding(List<String> views, List<Long> resets, List<Map<Integer, TrackingToken>> tokens) {

    public ViewsStanding {
        views = List.copyOf(views);
        resets = List.copyOf(resets);
        List<Map<Integer, TrackingToken>> copied = new ArrayList<>(tokens.size());
        for (Map<Integer, TrackingToken> segments : tokens) {
            // Map.copyOf refuses null values: a segment reset to the start has none
            copied.add(Collections.unmodifiableMap(new HashMap<>(segments)));
        }
        tokens = List.copyOf(copied);
    }
}
