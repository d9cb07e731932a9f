package org.ipfund.projections.store;

/** A stored event and the signature stored beside it, or null when it has none. */
public record SignedRow(StoredEventRow event, StoredSignature signature) {
}
