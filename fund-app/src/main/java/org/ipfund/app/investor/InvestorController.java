package org.ipfund.app.investor;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.recording.Recorder;
import org.ipfund.app.web.RecordedResponse;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.domain.investor.RegisterInvestor;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.investor.FindInvestor;
import org.ipfund.projections.investor.FindInvestors;
import org.ipfund.projections.investor.InvestorList;
import org.ipfund.projections.investor.InvestorView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The investor register: parties the service knows, which a commitment names by {@code investorId}. */
@RestController
@RequestMapping("/api/investors")
public class InvestorController {

    private final Recorder recorder;
    private final QueryGateway queries;
    private final ViewReads reads;

    public InvestorController(Recorder recorder, QueryGateway queries, ViewReads reads) {
        this.recorder = recorder;
        this.queries = queries;
        this.reads = reads;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegisterInvestorRequest request) {
        RegisterInvestor command = request.toCommand();
        long position = recorder.record(command);
        String id = command.investorId().value();
        return RecordedResponse.created("investorId", id, position, URI.create("/api/investors/" + id));
    }

    @GetMapping
    public InvestorList investors(@RequestParam(required = false) Long minPosition) {
        reads.awaitAll(minPosition, CapitalPositionProjection.NAME);
        return queries.query(new FindInvestors(), InvestorList.class).join();
    }

    @GetMapping("/{investorId}")
    public InvestorView investor(@PathVariable String investorId,
                                 @RequestParam(required = false) Long minPosition) {
        reads.awaitFund(investorId, minPosition, CapitalPositionProjection.NAME);
        InvestorView found = queries.query(new FindInvestor(investorId), InvestorView.class).join();
        if (found == null) {
            throw new UnknownResource("INVESTOR_NOT_FOUND", "there is no registered investor '%s'".formatted(investorId));
        }
        return found;
    }
}
