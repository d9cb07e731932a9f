package org.ipfund.app.web;

/** A request field that is well typed but not acceptable (e.g. an amount with too many decimals). */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidInput(String field, String message) {
        this(field, message, "INVALID_INPUT");
    }

    /** Input refused by a rule of its own, e.g. {@code CURRENCY_NOT_MONEY}. */
    public InvalidInput(String field, String message, String code) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    /**
     * Text a person must have written, not blank as the domain judges it ({@link String#isBlank()}): Bean
     * Validation's {@code @NotBlank} trims only ASCII, so a name of ideographic spaces (U+3000) would pass it and be
     * refused by the command instead, as a server error.
     */
    public static String notBlank(String field, String text) {
        if (text != null && text.isBlank()) {
            throw new InvalidInput(field, "must not be blank");
        }
        return text;
    }

    /** Runs a conversion and reports what it refuses as a fault of the named field. */
    public static <T> T of(String field, java.util.function.Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException refused) {
            throw new InvalidInput(field, refused.getMessage() == null ? "is not acceptable" : refused.getMessage());
        }
    }
}
