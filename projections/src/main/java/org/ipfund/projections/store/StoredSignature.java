package org.ipfund.projections.store;

/**
 * The signature the service wrote beside one stored event, in the same transaction: the key it was made with
 * ({@code keyId}), the algorithm, and the signature itself in base64. The signature table is the auditors'
 * (fund-audit), not Axon's; it is read here only to be joined to the rows it signs.
 */
public record StoredSignature(String keyId, String algorithm, String signature) {
}
