package org.ipfund.app.recording;

import org.ipfund.audit.history.AuditMetadata;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

/**
 * Carries the actor and the request's correlation id from a command to every event it records, and
 * names the command as the events' cause. Replaces Axon's default origin provider, whose
 * "correlationId" would be the command's own id.
 */
@Component
public class AuditTrailCorrelation implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        copy(message, AuditMetadata.ACTOR, data);
        copy(message, AuditMetadata.CORRELATION_ID, data);
        data.put(AuditMetadata.CAUSATION_ID, message.getIdentifier());
        return data;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> data) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            data.put(key, value);
        }
    }
}
