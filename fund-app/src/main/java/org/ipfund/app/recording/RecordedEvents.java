package org.ipfund.app.recording;

import java.util.List;
import java.util.Map;

/**
 * What a command recorded: the ids of its events and the events themselves, in the order recorded, and the position
 * of each fund's last event as the store numbered them (read back when they were signed). The collections are filled
 * when the command's unit of work commits, which happens before the sender receives this result.
 */
public record RecordedEvents(List<String> eventIds, List<Object> facts, Map<String, Long> lastPositionByFund) {
}
