package org.ipfund.app.console;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.FindFund;
import org.ipfund.projections.capital.FindFunds;
import org.ipfund.projections.capital.FundView;
import org.springframework.stereotype.Component;

/**
 * The funds the console's pages head with and offer to pick from, read with the queries the API answers
 * {@code GET /api/funds} and {@code GET /api/funds/{fundId}} with. A page waits for its own views before asking.
 */
@Component
public class ConsoleFunds {

    private final QueryGateway queries;
    private final ViewReads reads;

    public ConsoleFunds(QueryGateway queries, ViewReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    /** The fund as of {@code date}; a fund not launched by then is the 404 page, as the API answers it. */
    public FundView one(String fundId, LocalDate date) {
        FundView fund = queries.query(new FindFund(fundId, date), FundView.class).join();
        if (fund == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fundId));
        }
        return fund;
    }

    /** Every fund launched by {@code date}. */
    public List<FundView> all(LocalDate date) {
        return queries.query(new FindFunds(date), ResponseTypes.multipleInstancesOf(FundView.class)).join();
    }

    /** Every fund launched by today, once the capital view shows every write acknowledged: the funds to pick from. */
    public List<FundView> launched() {
        reads.awaitAll(null, CapitalPositionProjection.NAME);
        return all(reads.asOf(null));
    }
}
