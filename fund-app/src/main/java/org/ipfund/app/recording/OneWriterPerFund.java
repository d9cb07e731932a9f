package org.ipfund.app.recording;

import java.sql.ResultSet;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.ipfund.domain.fund.TwoFundCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A fund's commands run one at a time across every instance of the service: each takes a PostgreSQL advisory
 * lock on its fund, held until its transaction ends. The next command on that fund waits, then loads the
 * fund with the events just committed, instead of loading a stale fund and failing on the event store's
 * unique key. That matters where the command's transaction is wider than the command (an Idempotency-Key
 * keeps its answer in it, so the in-process aggregate lock is released before the commit) and between nodes.
 * A new fund's first command has no target yet: the store's unique key alone guards its id. A command that changes
 * a parent and its sub-fund ({@link TwoFundCommand}) takes the parent's lock, then the sub-fund's, always in that
 * order, so that it never waits for the sub-fund's writer while that one waits for it.
 */
@Component
public class OneWriterPerFund implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The first key of the two-key advisory locks, so that they never meet the chains' one-key lock. */
    private static final int FUND_WRITES = 0x1F0D;

    private final JdbcTemplate jdbc;
    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    public OneWriterPerFund(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        for (String fundId : locked(unitOfWork.getMessage())) {
            jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", (ResultSet rs) -> { }, FUND_WRITES, fundId);
        }
        return chain.proceed();
    }

    /** The funds whose writes the command waits its turn for, in the order it takes their locks. */
    static List<String> locked(CommandMessage<?> command) {
        if (command.getPayload() instanceof TwoFundCommand twoFunds) {
            return List.of(twoFunds.parentFundId().value(), twoFunds.subFundId().value());
        }
        String fundId = target(command);
        return fundId == null ? List.of() : List.of(fundId);
    }

    private static String target(CommandMessage<?> command) {
        try {
            return TARGETS.resolveTarget(command).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return null;
        }
    }
}
