package org.ipfund.app.fund;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ipfund.app.recording.Recorder;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.RecordedResponse;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CreateSubFund;
import org.ipfund.domain.policy.AmendPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A fund's structure and rules: its sub-funds (the "N" of "1+N") and the dated amendments of its policy. */
@RestController
@RequestMapping("/api/funds/{fundId}")
public class SubFundController {

    private final Recorder recorder;

    public SubFundController(Recorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping("/sub-funds")
    public ResponseEntity<Map<String, Object>> createSubFund(@PathVariable String fundId,
                                                             @Valid @RequestBody CreateSubFundRequest request) {
        CreateSubFund command = request.toCommand(fund(fundId));
        long position = recorder.record(command);
        String id = command.subFundId().value();
        ResponseEntity<Map<String, Object>> created = RecordedResponse.created("subFundId", id, position,
                URI.create("/api/funds/" + id));
        Map<String, Object> body = new LinkedHashMap<>(created.getBody());
        body.put("commitmentId", command.commitmentId().value());
        return ResponseEntity.status(HttpStatus.CREATED).headers(created.getHeaders()).body(body);
    }

    @PostMapping("/policy")
    public ResponseEntity<Map<String, Object>> amendPolicy(@PathVariable String fundId,
                                                           @Valid @RequestBody AmendPolicyRequest request) {
        AmendPolicy command = request.toCommand(fund(fundId));
        long position = recorder.record(command);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fundId", fundId);
        body.put("effectiveFrom", command.terms().effectiveFrom().toString());
        body.put("position", position);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/funds/" + fundId)).body(body);
    }

    private static FundId fund(String fundId) {
        return InvalidInput.of("fundId", () -> new FundId(fundId));
    }
}
