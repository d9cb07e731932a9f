package org.ipfund.app.web;

import java.time.Duration;

/** A view did not reach the position a read asked for within the allowed wait. */
public class ViewBehind extends RuntimeException {

    public ViewBehind(String view, long position, Duration waited) {
        super("the %s view has not yet reached position %d after %s; retry shortly"
                .formatted(view, position, waited));
    }
}
