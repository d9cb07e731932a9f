package org.ipfund.app.recording;

import java.sql.ResultSet;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A fund's commands run one at a time across every instance of the service: each takes a PostgreSQL advisory
 * lock on its fund, held until its transaction ends. The next command on that fund waits, then loads the
 * fund with the events just committed, instead of loading a stale fund and failing on the event store's
 * unique key. That matters where the command's transaction is wider than the command (an Idempotency-Key
 * keeps its answer in it, so the in-process aggregate lock is released before the commit) and between nodes.
 * A new fund's first command has no target yet: the store's unique key alone guards its id.
 */
@Component
public class OneWriterPerFund implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The first key of the two-key advisory locks, so that they never meet the chains' one-key lock. */
    private static final int FUND_WRITES = 0x1F0D;

    private final JdbcTemplate jdbc;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    public OneWriterPerFund(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String fundId = target(unitOfWork.getMessage());
        if (fundId != null) {
            jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", (ResultSet rs) -> { }, FUND_WRITES, fundId);
        }
        return chain.proceed();
    }

    private String target(CommandMessage<?> command) {
        try {
            return targets.resolveTarget(command).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return null;
        }
    }
}
