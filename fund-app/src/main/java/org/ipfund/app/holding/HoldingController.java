package org.ipfund.app.holding;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ipfund.app.recording.Recorder;
import org.ipfund.app.recording.Recording;
import org.ipfund.app.web.PathIds;
import org.ipfund.app.web.RecordedResponse;
import org.ipfund.domain.holding.HoldingExited;
import org.ipfund.domain.holding.RecordExit;
import org.ipfund.domain.holding.RecordValuation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recording what becomes of a holding (a deal, or the fund's stake in a sub-fund, named by the sub-fund's id) after
 * the money went in: its valuations and its exits.
 */
@RestController
@RequestMapping("/api/funds/{fundId}/investments/{investmentId}")
public class HoldingController {

    private final Recorder recorder;

    public HoldingController(Recorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping("/valuations")
    public ResponseEntity<Map<String, Object>> value(@PathVariable String fundId, @PathVariable String investmentId,
                                                     @Valid @RequestBody RecordValuationRequest request) {
        RecordValuation command = request.toCommand(PathIds.fund(fundId), PathIds.investment(investmentId));
        long position = recorder.record(command);
        return RecordedResponse.created("valuationId", command.valuationId().value(), position,
                holding(fundId, investmentId));
    }

    /** Answers, besides the exit's id, what the fund judged it by: the cost it released, its gain, its ceded price. */
    @PostMapping("/exits")
    public ResponseEntity<Map<String, Object>> exit(@PathVariable String fundId, @PathVariable String investmentId,
                                                    @Valid @RequestBody RecordExitRequest request) {
        RecordExit command = request.toCommand(PathIds.fund(fundId), PathIds.investment(investmentId));
        Recording recording = recorder.recording(command);
        HoldingExited exit = recording.the(HoldingExited.class);
        Map<String, Object> judged = new LinkedHashMap<>();
        judged.put("costReleased", exit.costReleased());
        judged.put("realisedGain", exit.realisedGain());
        if (exit.cededPrice() != null) {
            judged.put("cededPrice", exit.cededPrice());
        }
        return RecordedResponse.created("exitId", command.exitId().value(), recording.position(),
                holding(fundId, investmentId), judged);
    }

    private static URI holding(String fundId, String investmentId) {
        return URI.create("/api/funds/%s/investments/%s".formatted(fundId, investmentId));
    }
}
