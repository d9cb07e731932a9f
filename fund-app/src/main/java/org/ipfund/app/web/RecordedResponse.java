package org.ipfund.app.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The answer to a write: 201, the new fact's id (also under its own name) and the position of its last event. */
public final class RecordedResponse {

    private RecordedResponse() {
    }

    public static ResponseEntity<Map<String, Object>> created(String idName, String id, long position, URI location) {
        return created(idName, id, position, location, Map.of());
    }

    /** As above, followed by what the fund judged in recording the fact ({@code judged}, in its order). */
    public static ResponseEntity<Map<String, Object>> created(String idName, String id, long position, URI location,
                                                              Map<String, Object> judged) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put(idName, id);
        body.put("position", position);
        body.putAll(judged);
        return ResponseEntity.status(HttpStatus.CREATED).location(location).body(body);
    }
}
