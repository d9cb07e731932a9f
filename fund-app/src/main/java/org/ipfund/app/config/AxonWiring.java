package org.ipfund.app.config;

import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.ipfund.app.recording.VerifiedFundCache;
import org.ipfund.domain.fund.Fund;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the domain's aggregates with Axon (the domain module carries no Spring stereotypes), funds kept
 * in memory between commands ({@link VerifiedFundCache}), and
 * provides the clock that command handlers judge "today" by, in the fund's own time zone.
 */
@Configuration
public class AxonWiring {

    @Bean
    public ConfigurerModule aggregates() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Fund.class)
                .configureCache(configuration -> new VerifiedFundCache(configuration::eventStore)));
    }

    @Bean
    public Clock businessClock(@Value("${fund.time-zone:Asia/Shanghai}") String timeZone) {
        return Clock.system(ZoneId.of(timeZone));
    }
}
