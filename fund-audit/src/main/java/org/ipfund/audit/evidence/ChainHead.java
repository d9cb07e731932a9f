package org.ipfund.audit.evidence;

/** Where a chain stood: its last linked position, the hash there, and how many records it links. */
public record ChainHead(long position, String hash, long count) {

    static ChainHead empty() {
        return new ChainHead(-1, ChainLink.GENESIS, 0);
    }
}
