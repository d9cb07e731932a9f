package org.ipfund.app.correction;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.ipfund.app.recording.Recorder;
import org.ipfund.app.web.PathIds;
import org.ipfund.app.web.RecordedResponse;
import org.ipfund.domain.correction.ReverseFact;
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

    public CorrectionController(Recorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> reverse(@PathVariable String fundId,
                                                       @Valid @RequestBody ReverseFactRequest request) {
        ReverseFact command = request.toCommand(PathIds.fund(fundId));
        long position = recorder.record(command);
        String id = command.correctionId().value();
        return RecordedResponse.created("correctionId", id, position,
                URI.create("/api/funds/%s/corrections/%s".formatted(fundId, id)));
    }
}
