package org.ipfund.app.config;

import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.config.ConfigurerModule;
import org.ipfund.domain.fund.Fund;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the domain's aggregates with Axon (the domain module carries no Spring stereotypes) and
 * provides the clock that command handlers judge "today" by, in the fund's own time zone.
 */
@Configuration
public class AxonWiring {

    @Bean
    public ConfigurerModule aggregates() {
        return configurer -> configurer.configureAggregate(Fund.class);
    }

    @Bean
    public Clock businessClock(@Value("${fund.time-zone:Asia/Shanghai}") String timeZone) {
        return Clock.system(ZoneId.of(timeZone));
    }
}
