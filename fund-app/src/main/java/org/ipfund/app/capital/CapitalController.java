package org.ipfund.app.capital;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.ipfund.app.recording.CommittingInvestors;
import org.ipfund.app.recording.Recorder;
import org.ipfund.app.recording.Recording;
import org.ipfund.app.web.PathIds;
import org.ipfund.app.web.RecordedResponse;
import org.ipfund.domain.fund.CallCapital;
import org.ipfund.domain.fund.CapitalDistributed;
import org.ipfund.domain.fund.DistributeCapital;
import org.ipfund.domain.fund.RecordCommitment;
import org.ipfund.domain.fund.RecordContribution;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recording a fund's capital: commitments (认缴), capital calls (缴款通知), contributions (实缴) and, once the money
 * comes back, distributions (分配).
 */
@RestController
@RequestMapping("/api/funds/{fundId}")
public class CapitalController {

    private final Recorder recorder;
    private final CommittingInvestors investors;

    public CapitalController(Recorder recorder, CommittingInvestors investors) {
        this.recorder = recorder;
        this.investors = investors;
    }

    @PostMapping("/commitments")
    public ResponseEntity<Map<String, Object>> commit(@PathVariable String fundId,
                                                      @Valid @RequestBody RecordCommitmentRequest request) {
        RecordCommitment command = investors.resolve(request.toCommand(PathIds.fund(fundId)));
        long position = recorder.record(command);
        String id = command.commitmentId().value();
        return RecordedResponse.created("commitmentId", id, position,
                URI.create("/api/funds/%s/commitments/%s".formatted(fundId, id)));
    }

    @PostMapping("/capital-calls")
    public ResponseEntity<Map<String, Object>> call(@PathVariable String fundId,
                                                    @Valid @RequestBody CallCapitalRequest request) {
        CallCapital command = request.toCommand(PathIds.fund(fundId));
        long position = recorder.record(command);
        String id = command.callId().value();
        return RecordedResponse.created("callId", id, position,
                URI.create("/api/funds/%s/capital-calls/%s".formatted(fundId, id)));
    }

    @PostMapping("/contributions")
    public ResponseEntity<Map<String, Object>> contribute(@PathVariable String fundId,
                                                          @Valid @RequestBody RecordContributionRequest request) {
        RecordContribution command = request.toCommand(PathIds.fund(fundId));
        long position = recorder.record(command);
        String id = command.contributionId().value();
        return RecordedResponse.created("contributionId", id, position,
                URI.create("/api/funds/%s/contributions/%s".formatted(fundId, id)));
    }

    /** Answers, besides the distribution's id, how the fund split it among the commitments. */
    @PostMapping("/distributions")
    public ResponseEntity<Map<String, Object>> distribute(@PathVariable String fundId,
                                                          @Valid @RequestBody DistributeCapitalRequest request) {
        DistributeCapital command = request.toCommand(PathIds.fund(fundId));
        Recording recording = recorder.recording(command);
        List<DistributionAllocationResponse> allocations = recording.the(CapitalDistributed.class).allocations()
                .stream().map(DistributionAllocationResponse::of).toList();
        String id = command.distributionId().value();
        return RecordedResponse.created("distributionId", id, recording.position(),
                URI.create("/api/funds/%s/distributions/%s".formatted(fundId, id)), Map.of("allocations", allocations));
    }
}
