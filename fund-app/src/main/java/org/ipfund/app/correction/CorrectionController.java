package org.ipfund.app.correction;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.ipfund.app.recording.Recorder;
import org.ipfund.app.web.PathIds;
import org.ipfund.app.web.RecordedResponse;
import org.ipfund.app.web.ViewReads;
import org.ipfund.domain.FundId;
import org.ipfund.domain.correction.ReverseFact;
import org.ipfund.domain.fund.ReverseSubFundCommitment;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.FindFund;
import org.ipfund.projections.capital.FundView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Corrections: history is never edited; a mistake is reversed by a new fact that names it and says why. */
@RestController
@RequestMapping("/api/funds/{fundId}/corrections")
public class CorrectionController {

    private final Recorder recorder;
    private final QueryGateway queries;
    private final ViewReads reads;

    public CorrectionController(Recorder recorder, QueryGateway queries, ViewReads reads) {
        this.recorder = recorder;
        this.queries = queries;
        this.reads = reads;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> reverse(@PathVariable String fundId,
                                                       @Valid @RequestBody ReverseFactRequest request) {
        ReverseFact command = request.toCommand(PathIds.fund(fundId));
        long position = recorder.record(isSubFundOf(fundId, command.reverses())
                ? new ReverseSubFundCommitment(command.fundId(), new FundId(command.reverses()),
                        command.correctionId(), command.reason(), command.date())
                : command);
        String id = command.correctionId().value();
        return RecordedResponse.created("correctionId", id, position,
                URI.create("/api/funds/%s/corrections/%s".formatted(fundId, id)));
    }

    /**
     * A parent's commitment to a sub-fund is recorded in both funds, so its reversal is a command on both: the fact
     * it names is the sub-fund, known by its view (the fund itself refuses a plain correction of it, should the view
     * not show the sub-fund yet).
     */
    private boolean isSubFundOf(String fundId, String reverses) {
        reads.awaitFund(reverses, null, CapitalPositionProjection.NAME);
        FundView named = queries.query(new FindFund(reverses, reads.asOf(null)), FundView.class).join();
        return named != null && named.parent() != null && named.parent().fundId().equals(fundId);
    }
}
