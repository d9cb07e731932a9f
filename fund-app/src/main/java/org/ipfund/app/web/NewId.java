package org.ipfund.app.web;

import java.util.UUID;

/** A create request may carry its own id; otherwise the server makes one. */
public final class NewId {

    private NewId() {
    }

    public static String orGiven(String given) {
        return given == null ? UUID.randomUUID().toString() : given;
    }
}
