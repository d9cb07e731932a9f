package org.ipfund.app.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's Micrometer monitors on the command bus only: latency and rate of each command type, tagged by payload type
 * ({@code commandBus_allTimer_seconds{payloadType="RecordCommitment"}}). Axon's default also times every event every
 * view handles, which took a fifth of a rebuild's CPU; what operators watch of the views has gauges of its own
 * ({@code ipfund_projection_lag}, {@code _lag_seconds}, {@code _rebuild_progress}: admin/ProjectionAdmin).
 */
@Configuration
public class CommandMetrics {

    @Bean
    public MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry registry) {
        return new MetricsConfigurerModule(registry, true) {
            @Override
            @SuppressWarnings("unchecked") // the registry's monitor for a command bus takes command messages, as Axon's own wiring casts it
            public void configureModule(Configurer configurer) {
                configurer.configureMessageMonitor(CommandBus.class, (configuration, componentType, componentName) ->
                        (MessageMonitor<Message<?>>) registry.registerComponentWithDefaultTags(componentType, componentName));
            }
        };
    }
}
