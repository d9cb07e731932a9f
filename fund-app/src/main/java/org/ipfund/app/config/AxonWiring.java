package org.ipfund.app.config;

import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.ipfund.audit.history.StoredEventUpcasting;
import org.ipfund.app.recording.VerifiedFundCache;
import org.ipfund.domain.fund.Fund;
import org.ipfund.domain.fund.SubFundReversals;
import org.ipfund.domain.fund.SubFundTopUps;
import org.ipfund.domain.investor.Investor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the domain's aggregates with Axon (the domain module carries no Spring stereotypes), funds kept
 * in memory between commands ({@link VerifiedFundCache}), the handler of the commands that change two funds, and
 * provides the clock that command handlers judge "today" by, in the fund's own time zone.
 */
@Configuration
public class AxonWiring {

    /** {@code fund.recording.keep-funds=false}: every command reads its fund from the store (to rule the cache out). */
    @Bean
    public ConfigurerModule aggregates(@Value("${fund.recording.keep-funds:true}") boolean keepFunds, Clock clock) {
        AggregateConfigurer<Fund> funds = AggregateConfigurer.defaultConfiguration(Fund.class);
        if (keepFunds) {
            funds.configureCache(configuration -> new VerifiedFundCache(configuration::eventStore));
        }
        return configurer -> configurer.configureAggregate(funds)
                .configureAggregate(Investor.class)
                .registerCommandHandler(configuration -> new SubFundTopUps(configuration.repository(Fund.class),
                        clock))
                .registerCommandHandler(configuration -> new SubFundReversals(configuration.repository(Fund.class),
                        clock));
    }

    @Bean
    public Clock businessClock(@Value("${fund.time-zone:Asia/Shanghai}") String timeZone) {
        return Clock.system(ZoneId.of(timeZone));
    }

    /** The auditors' readers upcast with the very chain the event store reads with (asked for when first read). */
    @Bean
    public StoredEventUpcasting storedEventUpcasting(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return () -> axon.getObject().upcasterChain();
    }
}
