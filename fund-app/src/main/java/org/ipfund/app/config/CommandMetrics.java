package org.ipfund.app.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's Micrometer monitors on the command bus only: latency and rate of each command type, tagged by payload type
 * ({@code commandBus_allTimer_seconds{payloadType="RecordCommitment"}}). Axon's default also times every event every
 * view handles, which took a fifth of a rebuild's CPU; what operators watch of the views has gauges of its own
 * ({@code ipfund_projection_lag}, {@code _lag_seconds}, {@code _rebuild_progress}: admin/ProjectionAdmin).
 * <p>
 * The timer and the counters, without Axon's capacity gauge: Axon 4.13 registers that gauge again with every command
 * (Micrometer warns the first time), and the busy time it shows is the timer's sum per second already.
 */
@Configuration
public class CommandMetrics {

    @Bean
    public MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry registry) {
        MeterRegistry meters = registry.getRegistry();
        return new MetricsConfigurerModule(registry, true) {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.configureMessageMonitor(CommandBus.class, (configuration, componentType, componentName) ->
                        new MultiMessageMonitor<Message<?>>(
                                MessageTimerMonitor.buildMonitor(componentName, meters, TagsUtil.PAYLOAD_TYPE_TAGGER_FUNCTION),
                                MessageCountingMonitor.buildMonitor(componentName, meters, TagsUtil.PAYLOAD_TYPE_TAGGER_FUNCTION)));
            }
        };
    }
}
