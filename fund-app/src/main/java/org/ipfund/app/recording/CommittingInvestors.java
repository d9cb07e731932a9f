package org.ipfund.app.recording;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.audit.history.EventHistory;
import org.ipfund.audit.history.FundStreamEvent;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.FundFamily;
import org.ipfund.domain.fund.FundLaunched;
import org.ipfund.domain.fund.RecordCommitment;
import org.ipfund.domain.fund.SubFundCommitted;
import org.ipfund.domain.fund.SubFundLaunched;
import org.ipfund.domain.investor.InvestorRegistered;
import org.springframework.stereotype.Component;

/**
 * Who commits: the check across aggregates made before a commitment is dispatched. It reads the event store (never a
 * view, which may lag): the investor a commitment names by id (a registered investor, or a fund of the service), and
 * the "1+N" family of the fund committed to (its parent and every sub-fund of that parent). The command then carries
 * what the fund judges: the source the investor was registered with, and the family's parent when the investor, by
 * id or by name, is a fund of that family. A family and a registration never change once recorded.
 */
@Component
public class CommittingInvestors {

    private final EventHistory store;

    public CommittingInvestors(EventHistory store) {
        this.store = store;
    }

    /** {@code investorId} or {@code investor} (or both) name who commits; what the store says is added. */
    public RecordCommitment resolve(RecordCommitment given) {
        FundFamily family = familyOf(given.fundId());
        String investorId = given.investorId();
        String name = given.investor();
        CapitalSource registered = null;
        boolean ofFamily = family.includes(name);
        if (investorId != null) {
            Object party = first(investorId);
            if (party instanceof InvestorRegistered investor) {
                registered = investor.source();
                name = investor.name();
            } else if (party instanceof FundLaunched fund) {
                name = fund.name();
            } else if (party instanceof SubFundLaunched fund) {
                name = fund.name();
            } else {
                throw new UnknownResource("INVESTOR_NOT_FOUND",
                        "there is no registered investor and no fund '%s'".formatted(investorId));
            }
            ofFamily = ofFamily || family.includes(investorId) || family.includes(name);
        }
        return new RecordCommitment(given.fundId(), given.commitmentId(), name, given.source(), given.amount(),
                given.date(), investorId, registered, ofFamily ? family.parent() : null);
    }

    /** The family of a fund: its parent's (a sub-fund's) or its own (a guidance or mother fund's). */
    FundFamily familyOf(FundId fundId) {
        Object launch = first(fundId.value());
        FundId parent;
        if (launch instanceof SubFundLaunched subFund) {
            parent = subFund.parentFundId();
        } else if (launch instanceof FundLaunched) {
            parent = fundId;
        } else {
            throw new AggregateNotFoundException(fundId.value(), "there is no fund '%s'".formatted(fundId));
        }
        Map<FundId, String> members = new LinkedHashMap<>();
        // the family's launch and its sub-funds only, not the parent's whole history: this runs before every commitment
        for (FundStreamEvent event : store.fundStream(parent.value(),
                List.of(FundLaunched.class, SubFundCommitted.class))) {
            if (event.payload() instanceof FundLaunched launched) {
                members.put(launched.fundId(), launched.name());
            } else if (event.payload() instanceof SubFundCommitted committed) {
                members.put(committed.subFundId(), committed.name());
            }
        }
        return new FundFamily(parent, members);
    }

    private Object first(String aggregateId) {
        return store.firstFact(aggregateId).orElse(null);
    }
}
