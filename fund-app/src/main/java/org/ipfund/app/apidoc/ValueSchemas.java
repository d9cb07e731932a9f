package org.ipfund.app.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import java.util.Map;

/**
 * The values web/HttpJson writes with serializers of its own, described as written rather than as the Java types
 * springdoc sees: money as an object of two strings (not {@code amount} a number and {@code currency} a
 * {@code java.util.Currency}), ratios and rates as decimal strings (not objects holding a {@code value}), a ceded
 * exit's annual rate as a string.
 */
final class ValueSchemas {

    /** A decimal as the API writes it: plain digits, never an exponent. */
    static final String DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";
    static final String CURRENCY = "^[A-Z]{3}$";

    private ValueSchemas() {
    }

    static void apply(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        replace(schemas, "Money", money());
        replace(schemas, "Ratio", decimal("A ratio or share as a decimal string: a computed one has four places"
                + " (\"6.2000\"), a policy's comes back as it was given (\"0.30\"); null when its denominator is zero.",
                "6.2000").nullable(true));
        replace(schemas, "Rate", decimal("A rate as a decimal string with four places (an IRR: \"0.0812\" for 8.12%);"
                + " null when no rate exists.", "0.0812").nullable(true));
        Schema terms = schemas.get("CededExitTerms");
        if (terms != null && terms.getProperties() != null) {
            terms.getProperties().put("annualRate", decimal("Simple interest a year after the free years.", "0.0435"));
        }
    }

    static Schema<String> decimal(String description, String example) {
        return new StringSchema().pattern(DECIMAL).description(description).example(example);
    }

    private static Schema money() {
        return new ObjectSchema()
                .description("An amount of money as the API writes it; the amount has the currency's decimal places.")
                .addProperty("amount", decimal("A decimal string, never a JSON number.", "5000000.00"))
                .addProperty("currency", new StringSchema().pattern(CURRENCY).description("ISO 4217").example("CNY"))
                .required(List.of("amount", "currency"));
    }

    private static void replace(Map<String, Schema> schemas, String name, Schema schema) {
        if (schemas.containsKey(name)) {
            schemas.put(name, schema);
        }
    }
}
