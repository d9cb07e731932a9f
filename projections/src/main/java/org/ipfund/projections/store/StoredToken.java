package org.ipfund.projections.store;

/** One segment's tracking token of an event processor, as the token store holds it (serialised). */
public record StoredToken(int segment, byte[] token, String tokenType) {
}
