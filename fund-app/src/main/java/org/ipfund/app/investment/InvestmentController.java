package org.ipfund.app.investment;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.ipfund.app.recording.Recorder;
import org.ipfund.app.web.PathIds;
import org.ipfund.app.web.RecordedResponse;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.RecordCoInvestment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Recording a fund's deals (直投 and 跟投) and the co-investors each drew in. */
@RestController
@RequestMapping("/api/funds/{fundId}/investments")
public class InvestmentController {

    private final Recorder recorder;

    public InvestmentController(Recorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> invest(@PathVariable String fundId,
                                                      @Valid @RequestBody RecordInvestmentRequest request) {
        InvestmentId investmentId = request.newInvestmentId();
        long position = recorder.record(request.toCommand(PathIds.fund(fundId), investmentId));
        String id = investmentId.value();
        return RecordedResponse.created("investmentId", id, position,
                URI.create("/api/funds/%s/investments/%s".formatted(fundId, id)));
    }

    @PostMapping("/{investmentId}/co-investors")
    public ResponseEntity<Map<String, Object>> coInvest(@PathVariable String fundId, @PathVariable String investmentId,
                                                        @Valid @RequestBody RecordCoInvestmentRequest request) {
        InvestmentId deal = PathIds.investment(investmentId);
        RecordCoInvestment command = request.toCommand(PathIds.fund(fundId), deal);
        long position = recorder.record(command);
        String id = command.coInvestmentId().value();
        return RecordedResponse.created("coInvestmentId", id, position,
                URI.create("/api/funds/%s/investments/%s".formatted(fundId, investmentId)));
    }
}
