package org.ipfund.app.console.audit;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.FindFunds;
import org.ipfund.projections.capital.FundView;
import org.springframework.stereotype.Component;

/** The funds an auditor picks from on the audit pages: every fund launched by today, as the API lists them. */
@Component
class AuditFunds {

    private final QueryGateway queries;
    private final ViewReads reads;

    AuditFunds(QueryGateway queries, ViewReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    List<FundView> launched() {
        reads.awaitAll(null, CapitalPositionProjection.NAME);
        return queries.query(new FindFunds(reads.asOf(null)), ResponseTypes.multipleInstancesOf(FundView.class))
                .join();
    }
}
