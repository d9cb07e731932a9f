package org.ipfund.app.fund;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.recording.Recorder;
import org.ipfund.app.web.PathIds;
import org.ipfund.app.web.RecordedResponse;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.domain.fund.LaunchFund;
import org.ipfund.domain.policy.AmendPolicy;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.ipfund.projections.capital.FindFund;
import org.ipfund.projections.capital.FindFunds;
import org.ipfund.projections.capital.FundView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/funds")
public class FundController {

    private final Recorder recorder;
    private final QueryGateway queries;
    private final ViewReads reads;

    public FundController(Recorder recorder, QueryGateway queries, ViewReads reads) {
        this.recorder = recorder;
        this.queries = queries;
        this.reads = reads;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> launch(@Valid @RequestBody LaunchFundRequest request) {
        LaunchFund command = request.toCommand();
        long position = recorder.record(command);
        String id = command.fundId().value();
        return RecordedResponse.created("fundId", id, position, URI.create("/api/funds/" + id));
    }

    @GetMapping
    public List<FundResponse> funds(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    @RequestParam(required = false) Long minPosition) {
        reads.awaitAll(minPosition, CapitalPositionProjection.NAME);
        return queries.query(new FindFunds(reads.asOf(asOf)), ResponseTypes.multipleInstancesOf(FundView.class))
                .join().stream().map(FundResponse::of).toList();
    }

    @GetMapping("/{fundId}")
    public FundResponse fund(@PathVariable String fundId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                             @RequestParam(required = false) Long minPosition) {
        reads.awaitFund(fundId, minPosition, CapitalPositionProjection.NAME);
        FundView view = queries.query(new FindFund(fundId, reads.asOf(asOf)), FundView.class).join();
        if (view == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fundId));
        }
        return FundResponse.of(view);
    }

    @PostMapping("/{fundId}/policy")
    public ResponseEntity<Map<String, Object>> amendPolicy(@PathVariable String fundId,
                                                           @Valid @RequestBody AmendPolicyRequest request) {
        AmendPolicy command = request.toCommand(PathIds.fund(fundId));
        long position = recorder.record(command);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", command.amendmentId().value());
        body.put("amendmentId", command.amendmentId().value());
        body.put("fundId", fundId);
        body.put("effectiveFrom", command.terms().effectiveFrom().toString());
        body.put("position", position);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/funds/" + fundId)).body(body);
    }
}
