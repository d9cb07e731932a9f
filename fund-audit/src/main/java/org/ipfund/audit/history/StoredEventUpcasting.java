package org.ipfund.audit.history;

import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * The upcasters the event store itself reads with. The auditors' readers take them from here so that an event revised
 * with {@code @Revision} reads the same in the history and the bitemporal state as it does when a fund is loaded.
 */
@FunctionalInterface
public interface StoredEventUpcasting {

    /** The chain of every registered upcaster, in order; one that upcasts nothing when none is registered. */
    EventUpcaster chain();
}
