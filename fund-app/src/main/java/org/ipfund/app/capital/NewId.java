package org.ipfund.app.capital;

import java.util.UUID;

/** A create request may carry its own id; otherwise the server makes one. */
final class NewId {

    private NewId() {
    }

    static String orGiven(String given) {
        return given == null ? UUID.randomUUID().toString() : given;
    }
}
