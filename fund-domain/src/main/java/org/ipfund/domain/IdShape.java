package org.ipfund.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shape every id of a recorded fact must have: a UUID or up to 64 of {@code A-Z a-z 0-9 . _ -}, not all of them
 * dots (an id is a path segment, and {@code .} or {@code ..} would name another resource).
 */
public final class IdShape {

    /** The shape as a regular expression, for the requests that take an id. */
    public static final String PATTERN = "(?!\\.+$)[A-Za-z0-9._-]{1,64}";
    public static final String MESSAGE = "must be 1 to 64 of A-Z a-z 0-9 . _ -, not only dots";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private IdShape() {
    }

    public static String requireWellFormed(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " " + MESSAGE);
        }
        return value;
    }
}
