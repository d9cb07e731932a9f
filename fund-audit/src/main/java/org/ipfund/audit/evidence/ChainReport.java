package org.ipfund.audit.evidence;

/**
 * What re-computing one chain found: {@code checked} links agreed with the records they cover, up to the first
 * bad one at {@code firstBadPosition} (null when all agree; for the ledger, the event position of the bad
 * line), with {@code problem} saying what was wrong there. {@code head} is the last position linked.
 */
public record ChainReport(boolean valid, long checked, Long firstBadPosition, String problem, Long head,
                          String headHash) {

    static ChainReport intact(long checked, Long head, String headHash) {
        return new ChainReport(true, checked, null, null, head, headHash);
    }

    static ChainReport broken(long checked, long position, String problem, Long head, String headHash) {
        return new ChainReport(false, checked, position, problem, head, headHash);
    }
}
