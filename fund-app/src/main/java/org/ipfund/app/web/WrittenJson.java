package org.ipfund.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The JSON of an answer that a query keeps between reads (a fund's performance, kept while its views stand still),
 * written once and sent as written to every read that gets the same answer: a fund's performance lists every deal,
 * some 250 kB for a fund of 900 deals, and writing it at each read cost more than the rest of a kept read, and its
 * garbage paused the reads after it.
 *
 * <p>Keyed by the answer itself, by identity, and held weakly: an answer computed again is a new object, written
 * anew, so that no read can get the JSON of figures other than its own; one the query no longer keeps is forgotten
 * with it. Written by the service's own {@link ObjectMapper}, as Spring MVC writes any other answer; the content
 * type is set here, so a client that accepts JSON gets it as before.
 */
@Component
public class WrittenJson {

    /** In bytes: a few hundred funds' answers. */
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final ObjectMapper json;
    /** Answers sent once: an answer computed for one read only (its views moved) is never sent again. */
    private final Cache<Object, Boolean> sent = Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();
    /** The JSON of answers sent twice or more: kept ones. */
    private final Cache<Object, byte[]> written = Caffeine.newBuilder()
            .weakKeys()
            .maximumWeight(MAX_BYTES)
            .weigher((Object answer, byte[] bytes) -> bytes.length)
            .build();

    public WrittenJson(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A 200 answer with {@code answer}'s JSON: written for its first two reads, and kept from the second, so that
     * answers read once (figures computed while the views move) leave no JSON behind.
     */
    public ResponseEntity<byte[]> ok(Object answer) {
        byte[] body = written.getIfPresent(answer);
        if (body == null) {
            body = write(answer);
            if (sent.asMap().putIfAbsent(answer, Boolean.TRUE) != null) {
                written.put(answer, body);
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private byte[] write(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException notWritten) {
            throw new UncheckedIOException(notWritten);
        }
    }
}
