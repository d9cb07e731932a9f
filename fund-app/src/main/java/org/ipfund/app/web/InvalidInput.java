package org.ipfund.app.web;

/** A request field that is well typed but not acceptable (e.g. an amount with too many decimals). */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
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
