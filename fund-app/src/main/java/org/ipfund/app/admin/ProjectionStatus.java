package org.ipfund.app.admin;

/**
 * One view's progress through the event stream: the position every segment has reached ({@code position}),
 * the store's last position ({@code head}), how far behind it is, and, during a rebuild, {@code progress}
 * as the share of the stream replayed so far (0.0 to 1.0).
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, Long position, long head, Long lag,
                               double progress, int segments, String error) {
}
