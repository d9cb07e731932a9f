package org.ipfund.app.web;

import java.io.IOException;

/** A request body went past the configured limit; answered with 413. */
public class BodyTooLarge extends IOException {

    public BodyTooLarge(long limit) {
        super("the request body is larger than the limit of " + limit + " bytes");
    }
}
