package org.ipfund.app.processing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the views' processors run: each claims only its fair share of segments, so that several instances on one
 * database split the projection work instead of the first one started keeping all of it; and a handler that
 * fails stops its view rather than skip the event.
 */
@Configuration
public class ProcessingWiring {

    @Bean
    public ConfigurerModule fairShareOfSegments(ProcessingNodes nodes) {
        FairShareOfSegments fairShare = new FairShareOfSegments(nodes);
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration(
                        (configuration, builder) -> builder.maxSegmentProvider(fairShare)));
    }

    /**
     * Axon's default logs a failing event handler and moves on, which would leave the event out of the view for
     * good while its token advances. A view of the books must not skip a fact: the batch rolls back and is retried,
     * and the view's lag (ipfund_projection_lag) shows it is stuck.
     */
    @Bean
    public ConfigurerModule viewsStopOnAFailingHandler() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance()));
    }
}
