package org.ipfund.app.processing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.ipfund.projections.progress.ViewsAdvanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the views' processors run: each claims only its fair share of segments, so that several instances on one
 * database split the projection work instead of the first one started keeping all of it; a handler that
 * fails stops its view rather than skip the event; and a committed batch wakes the reads waiting for it.
 */
@Configuration
public class ProcessingWiring {

    private static final String ADVANCED = ProcessingWiring.class.getName() + ".advanced";

    @Bean
    public ConfigurerModule fairShareOfSegments(ProcessingNodes nodes) {
        FairShareOfSegments fairShare = new FairShareOfSegments(nodes);
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration(
                        (configuration, builder) -> builder.maxSegmentProvider(fairShare)));
    }

    /**
     * Reads waiting for a view to show a write are woken when a view's batch has committed here: once per unit of
     * work, in its clean-up phase, which runs after the after-commit handler that advances the processor's status.
     */
    @Bean
    public ConfigurerModule readsWokenWhenViewsAdvance(ViewsAdvanced advanced) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultHandlerInterceptor((configuration, processor) -> (unitOfWork, chain) -> {
                    unitOfWork.root().getOrComputeResource(ADVANCED, key -> {
                        unitOfWork.root().onCleanup(done -> advanced.signal());
                        return Boolean.TRUE;
                    });
                    return chain.proceed();
                }));
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
