package org.ipfund.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A plain HTTP client for the tests: what a real client sends, what a real client gets back. It signs in as
 * {@link TestUsers#TESTER} (every role) unless told to be someone else, or nobody.
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String base;
    private final String user;

    /** A client of the service at {@code base} (e.g. {@code http://127.0.0.1:8080}), signed in as {@link TestUsers#TESTER}. */
    public static Api at(String base) {
        return new Api(base);
    }

    Api(String base) {
        this(base, TestUsers.TESTER);
    }

    private Api(String base, String user) {
        this.base = base;
        this.user = user;
    }

    /** The same client signed in as {@code user} (whose password, in tests, is its name). */
    public Api as(String user) {
        return new Api(base, user);
    }

    /** The same client sending no credentials. */
    public Api anonymous() {
        return new Api(base, null);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, String json) {
        return post(path, json, Map.of());
    }

    public Response post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    public Response send(HttpRequest.Builder request) {
        try {
            if (user != null) {
                String credentials = user + ":" + user;
                request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A response: its status, its body as JSON, and its headers. */
    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                throw new IllegalStateException("not JSON (status " + status + "): " + body, notJson);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }

        public long position() {
            return json().get("position").asLong();
        }

        /** The amount string of a money field, e.g. {@code amount("committed")}. */
        public String amount(String path) {
            JsonNode node = json();
            for (String part : path.split("\\.")) {
                node = node.get(part);
            }
            return node.get("amount").asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
