package org.ipfund.app.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The request bodies' schemas as the request records are read: a decimal ({@code BigDecimal}: an amount, a ratio, a
 * rate, a share) is a decimal string or an exact JSON number, where springdoc says only "number"; and a pattern
 * (Bean Validation's {@code @Pattern}, which matches the whole value) is anchored, since a JSON Schema pattern matches
 * anywhere in the value; and an object has no other fields than its own. Only what request bodies reach is changed:
 * answers write their decimals as they are typed.
 */
final class RequestSchemas {

    private final Map<String, Schema> components;
    private final Set<String> seen = new HashSet<>();

    private RequestSchemas(Map<String, Schema> components) {
        this.components = components;
    }

    static void apply(OpenAPI api) {
        RequestSchemas walk = new RequestSchemas(api.getComponents().getSchemas());
        DocumentedOperation.all(api)
                .map(operation -> operation.operation().getRequestBody())
                .filter(Objects::nonNull)
                .flatMap(body -> body.getContent().values().stream())
                .map(MediaType::getSchema)
                .forEach(walk::visit);
    }

    private void visit(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (seen.add(name)) {
                visit(components.get(name));
            }
            return;
        }
        anchor(schema);
        if (schema.getProperties() != null) {
            // web/HttpJson refuses a field the request does not have (UNKNOWN_FIELD)
            schema.setAdditionalProperties(false);
            schema.getProperties().replaceAll((name, property) -> isDecimal(property) ? decimal(property) : property);
            schema.getProperties().values().forEach(this::visit);
        }
        visit(schema.getItems());
        Stream.of(schema.getOneOf(), schema.getAnyOf(), schema.getAllOf())
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .forEach(this::visit);
    }

    private static void anchor(Schema<?> schema) {
        String pattern = schema.getPattern();
        if (pattern != null && !pattern.startsWith("^")) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
    }

    /** springdoc's schema for a {@code BigDecimal}: a number with no format (an integer has "integer"). */
    private static boolean isDecimal(Schema<?> property) {
        return "number".equals(property.getType()) && property.getFormat() == null;
    }

    /** A decimal string first, the number springdoc made (with its bounds) second, and the bounds said in words. */
    private static Schema<?> decimal(Schema<?> number) {
        String bounds = bounds(number);
        String description = number.getDescription() == null ? "" : number.getDescription() + " ";
        number.setDescription(null);
        Schema<?> text = new StringSchema().pattern(ValueSchemas.DECIMAL);
        return new ComposedSchema().addOneOfItem(text).addOneOfItem(number)
                .description(description + "A decimal: a string such as \"0.30\", or an exact JSON number"
                        + (bounds.isEmpty() ? "" : "; " + bounds) + ".");
    }

    private static String bounds(Schema<?> number) {
        List<String> bounds = new ArrayList<>();
        if (number.getMinimum() != null) {
            bounds.add((Boolean.TRUE.equals(number.getExclusiveMinimum()) ? "above " : "at least ")
                    + plain(number.getMinimum()));
        }
        if (number.getMaximum() != null) {
            bounds.add((Boolean.TRUE.equals(number.getExclusiveMaximum()) ? "below " : "at most ")
                    + plain(number.getMaximum()));
        }
        return String.join(", ", bounds);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
