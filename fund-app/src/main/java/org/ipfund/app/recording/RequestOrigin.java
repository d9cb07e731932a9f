package org.ipfund.app.recording;

import org.ipfund.audit.history.AuditMetadata;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.ipfund.app.web.RequestIdFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps every command with who sent it and the request it belongs to, taken from the HTTP request
 * being served (never from its body). A command sent outside a request must name its own actor.
 */
@Component
public class RequestOrigin implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String ANONYMOUS = "anonymous";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(origin(command));
    }

    private static Map<String, Object> origin(CommandMessage<?> command) {
        Map<String, Object> origin = new HashMap<>();
        HttpServletRequest request = currentRequest();
        if (request != null) {
            Principal principal = request.getUserPrincipal();
            origin.put(AuditMetadata.ACTOR, principal == null ? ANONYMOUS : principal.getName());
            origin.put(AuditMetadata.CORRELATION_ID, RequestIdFilter.requestId(request));
        } else {
            if (!command.getMetaData().containsKey(AuditMetadata.ACTOR)) {
                throw new IllegalStateException("a command sent outside an HTTP request must name its actor");
            }
            if (!command.getMetaData().containsKey(AuditMetadata.CORRELATION_ID)) {
                origin.put(AuditMetadata.CORRELATION_ID, UUID.randomUUID().toString());
            }
        }
        return origin;
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        return null;
    }
}
