package org.ipfund.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** The shape every id of a recorded fact must have: a UUID or up to 64 of {@code A-Z a-z 0-9 . _ -}. */
public final class IdShape {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private IdShape() {
    }

    public static String requireWellFormed(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 1 to 64 of A-Z a-z 0-9 . _ -");
        }
        return value;
    }
}
