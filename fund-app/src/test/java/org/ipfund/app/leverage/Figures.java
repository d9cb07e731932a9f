package org.ipfund.app.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading the figures of a view's JSON: money amounts, ratios (decimal strings or null) and list elements. */
final class Figures {

    private Figures() {
    }

    /** The amount of the money at a JSON pointer, e.g. {@code amount(view, "/family/fiscalPaidIn")}. */
    static String amount(JsonNode view, String pointer) {
        JsonNode money = view.at(pointer);
        assertThat(money.isObject()).as(pointer + " in " + view).isTrue();
        return money.get("amount").asText();
    }

    /** A ratio at a JSON pointer: its decimal string, or null where the JSON says null. */
    static String ratio(JsonNode view, String pointer) {
        JsonNode ratio = view.at(pointer);
        assertThat(ratio.isNull() || ratio.isTextual()).as("a decimal string or null at " + pointer + " in " + view)
                .isTrue();
        return ratio.isNull() ? null : ratio.asText();
    }

    /** The element of the array at {@code pointer} whose {@code idField} is {@code id}. */
    static JsonNode element(JsonNode view, String pointer, String idField, String id) {
        for (JsonNode element : view.at(pointer)) {
            if (id.equals(element.path(idField).asText())) {
                return element;
            }
        }
        throw new AssertionError("no " + idField + " " + id + " at " + pointer + " in " + view);
    }
}
