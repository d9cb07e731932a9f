package org.ipfund.app.console;

import org.ipfund.app.admin.ProjectionStatus;

/**
 * A view's rebuild as the admin page shows it: not {@code followed} before one was asked for; once asked, it has
 * {@code started} when the view was restarted more often than the {@code after} rebuilds counted before the request,
 * and is {@code done} when that restarted view has read up to the store's head and is no longer replaying.
 */
public record RebuildProgress(ProjectionStatus status, boolean followed, long after, long restarts) {

    static RebuildProgress idle(ProjectionStatus status, long restarts) {
        return new RebuildProgress(status, false, restarts, restarts);
    }

    static RebuildProgress following(ProjectionStatus status, long after, long restarts) {
        return new RebuildProgress(status, true, after, restarts);
    }

    public String name() {
        return status.name();
    }

    public boolean started() {
        return followed && restarts > after;
    }

    public boolean done() {
        return started() && !status.replaying() && status.lag() != null && status.lag() == 0;
    }

    /** Polled again while a rebuild asked for has not caught up. */
    public boolean polling() {
        return followed && !done();
    }

    /** Share of the stream the rebuilt view has read; nothing yet while the rebuild waits to start. */
    public double value() {
        return started() ? status.progress() : 0.0;
    }

    public long percent() {
        return Math.round(value() * 100);
    }
}
