package org.ipfund.app.config;

import org.ipfund.audit.history.StoredMessageJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
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

    /** The mapper for stored messages: see {@link StoredMessageJson}. */
    public static ObjectMapper storedMessageMapper() {
        return StoredMessageJson.mapper();
    }

    public static Serializer storedMessageSerializer() {
        return StoredMessageJson.serializer();
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
