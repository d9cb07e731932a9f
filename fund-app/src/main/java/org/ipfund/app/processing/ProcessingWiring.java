package org.ipfund.app.processing;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every view's pooled processor claims only its fair share of segments, so that several instances on one
 * database split the projection work instead of the first one started keeping all of it.
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
}
