package org.ipfund.domain.investor;

import java.util.Objects;

/**
 * A legal person's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of the digits and
 * the upper-case letters other than I, O, Z, S and V, the last one a check character over the first 17.
 */
public record UnifiedSocialCreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        Objects.requireNonNull(value, "unifiedSocialCreditCode");
        if (value.length() != 18) {
            throw new IllegalArgumentException("must be 18 characters, not " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new IllegalArgumentException("'%s' at position %d is not a digit or an upper-case letter other"
                        .formatted(value.charAt(i), i + 1) + " than I, O, Z, S, V");
            }
        }
        char expected = checkCharacterOf(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new IllegalArgumentException("the check character is '%s', not '%s'"
                    .formatted(expected, value.charAt(17)));
        }
    }

    /** The check character of the first 17 characters: 31 − (Σ code × weight mod 31), where 31 counts as 0. */
    static char checkCharacterOf(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    @Override
    public String toString() {
        return value;
    }
}
