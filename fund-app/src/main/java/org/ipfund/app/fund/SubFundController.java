package org.ipfund.app.fund;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ipfund.app.recording.Recorder;
import org.ipfund.app.web.PathIds;
import org.ipfund.app.web.RecordedResponse;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CreateSubFund;
import org.ipfund.domain.fund.TopUpSubFund;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The "1+N" model: a guidance or mother fund creates its sub-funds, each a fund of its own. */
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
        CreateSubFund command = request.toCommand(PathIds.fund(fundId));
        long position = recorder.record(command);
        String id = command.subFundId().value();
        ResponseEntity<Map<String, Object>> created = RecordedResponse.created("subFundId", id, position,
                URI.create("/api/funds/" + id));
        Map<String, Object> body = new LinkedHashMap<>(created.getBody());
        body.put("commitmentId", command.commitmentId().value());
        return ResponseEntity.status(HttpStatus.CREATED).headers(created.getHeaders()).body(body);
    }

    /** The parent commits more to its sub-fund: judged by the parent, recorded in both funds. */
    @PostMapping("/sub-funds/{subFundId}/top-ups")
    public ResponseEntity<Map<String, Object>> topUp(@PathVariable String fundId, @PathVariable String subFundId,
                                                     @Valid @RequestBody TopUpSubFundRequest request) {
        TopUpSubFund command = request.toCommand(PathIds.fund(fundId),
                InvalidInput.of("subFundId", () -> new FundId(subFundId)));
        long position = recorder.record(command);
        String id = command.topUpId().value();
        return RecordedResponse.created("topUpId", id, position,
                URI.create("/api/funds/" + subFundId));
    }
}
