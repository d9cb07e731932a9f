package org.ipfund.app.demo;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.ipfund.audit.history.AuditMetadata;
import org.ipfund.domain.DuplicateId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code --fund.demo-data=true}, records the 2017 seed portfolio through the ordinary commands at
 * start-up, so that a new user sees real figures at once. Facts already recorded (a second start) are left
 * as they are: every fact has a fixed id and a duplicate is refused, not recorded again.
 */
@Component
@ConditionalOnProperty(name = "fund.demo-data", havingValue = "true")
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final Map<String, Object> ORIGIN = Map.of(AuditMetadata.ACTOR, "demo-data",
            AuditMetadata.CORRELATION_ID, "demo-data-2017-seed");

    private final CommandGateway commands;

    public DemoData(CommandGateway commands) {
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void recordSeedPortfolio() {
        int recorded = 0;
        for (Object command : SeedPortfolio.commands()) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ORIGIN));
                recorded++;
            } catch (DuplicateId | AggregateStreamCreationException alreadyRecorded) {
                LOG.debug("demo fact already recorded: {}", alreadyRecorded.getMessage());
            }
        }
        int seed = SeedPortfolio.commands().size();
        LOG.info("Demo data: recorded {} of the {} seed facts{}; try GET /api/funds/{}/leverage", recorded, seed,
                recorded == seed ? "" : " (the others were recorded at an earlier start)", SeedPortfolio.GUIDANCE);
    }
}
