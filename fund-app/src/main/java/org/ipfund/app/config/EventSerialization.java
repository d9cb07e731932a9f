package org.ipfund.app.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * How events, messages and tokens are written to the store: JSON through a mapper of their own, so that
 * a change to the HTTP API's JSON settings can never change how ten-year-old events are read.
 */
@Configuration
public class EventSerialization {

    /** The mapper for stored messages: ISO dates, exact decimals, ids as strings, record components only. */
    public static ObjectMapper storedMessageMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new TypedIdJson())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // isZero() on a value must not become a "zero" property
                .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .build();
    }

    public static Serializer storedMessageSerializer() {
        return JacksonSerializer.builder().objectMapper(storedMessageMapper()).build();
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return storedMessageSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return storedMessageSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return storedMessageSerializer();
    }
}
