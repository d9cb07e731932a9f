package org.ipfund.app.web;

/** A path named something the service does not know (e.g. a fund id); answered with 404. */
public class UnknownResource extends RuntimeException {

    private final String code;

    public UnknownResource(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
