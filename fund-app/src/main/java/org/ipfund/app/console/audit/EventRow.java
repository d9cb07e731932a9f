package org.ipfund.app.console.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.ipfund.audit.history.EventHistoryEntry;
import org.ipfund.domain.money.Money;

/**
 * One recorded event as the history page lists it: the API's entry, what its payload says in a line of fields
 * (amounts as money, the fund it belongs to left out since the row names it), and the reason a correction gives.
 */
public record EventRow(EventHistoryEntry entry, List<Field> summary, String reason) {

    /** A field of the payload: {@code money} when it is an amount, {@code text} otherwise. */
    public record Field(String name, String text, Money money) {
    }

    private static final int LONGEST_TEXT = 80;

    static EventRow of(EventHistoryEntry entry) {
        List<Field> fields = new ArrayList<>();
        JsonNode payload = entry.payload();
        if (payload != null && payload.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!isTheRowsOwnAggregate(field, entry) && !field.getKey().equals("reason")) {
                    add(fields, field.getKey(), field.getValue(), true);
                }
            }
        }
        JsonNode reason = payload == null ? null : payload.get("reason");
        return new EventRow(entry, List.copyOf(fields),
                reason == null || reason.isNull() ? null : reason.asText());
    }

    private static boolean isTheRowsOwnAggregate(Map.Entry<String, JsonNode> field, EventHistoryEntry entry) {
        return field.getKey().equals("fundId") && field.getValue().isTextual()
                && field.getValue().asText().equals(entry.aggregateId());
    }

    /** An object is opened one level (company.name, lead.amount); deeper or listed values are shown as JSON. */
    private static void add(List<Field> fields, String name, JsonNode value, boolean open) {
        if (value == null || value.isNull()) {
            return;
        }
        Money money = money(value);
        if (money != null) {
            fields.add(new Field(name, null, money));
        } else if (value.isObject() && open) {
            value.fields().forEachRemaining(inner -> add(fields, name + "." + inner.getKey(), inner.getValue(), false));
        } else {
            fields.add(new Field(name, shortened(value.isValueNode() ? value.asText() : value.toString()), null));
        }
    }

    private static Money money(JsonNode value) {
        if (!value.isObject() || value.size() != 2 || !value.path("amount").isValueNode()
                || !value.path("currency").isTextual()) {
            return null;
        }
        try {
            return Money.of(value.path("amount").asText(), value.path("currency").asText());
        } catch (IllegalArgumentException | ArithmeticException notMoney) {
            return null;
        }
    }

    private static String shortened(String text) {
        return text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT - 1) + "…";
    }
}
