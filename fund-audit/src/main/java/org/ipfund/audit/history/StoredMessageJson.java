package org.ipfund.audit.history;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * How events, messages and tokens are written to the store and read back: JSON through a mapper of their own, so that
 * a change to the HTTP API's JSON settings can never change how ten-year-old events are read. The service writes with
 * it and the auditors' side reads with it.
 */
public final class StoredMessageJson {

    private StoredMessageJson() {
    }

    /** The mapper for stored messages: ISO dates, exact decimals, ids as strings, record components only. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new TypedIdJson())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // an upcaster works on a JSON tree: 3000000.00 must stay 3000000.00 there, not become 3E+6
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                // isZero() on a value must not become a "zero" property
                .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .build();
    }

    public static Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(mapper()).build();
    }
}
