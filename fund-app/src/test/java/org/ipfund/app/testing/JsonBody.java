package org.ipfund.app.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A JSON request body whose fields are raw JSON values, in the order given: a test changes or drops one field. */
public final class JsonBody {

    private final Map<String, String> fields;

    public JsonBody() {
        this(new LinkedHashMap<>());
    }

    private JsonBody(Map<String, String> fields) {
        this.fields = fields;
    }

    /** This body with {@code field} set to the raw JSON {@code json}. */
    public JsonBody with(String field, String json) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(field, json);
        return new JsonBody(changed);
    }

    /** This body without {@code field}. */
    public JsonBody without(String field) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.remove(field);
        return new JsonBody(changed);
    }

    @Override
    public String toString() {
        return fields.entrySet().stream()
                .map(field -> "\"" + field.getKey() + "\": " + field.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
