package org.ipfund.app.performance;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.time.Year;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.ipfund.app.web.WrittenJson;
import org.ipfund.domain.figures.PerformanceEvaluation;
import org.ipfund.projections.performance.EvaluationView;
import org.ipfund.projections.performance.FindEvaluation;
import org.ipfund.projections.performance.FindPerformance;
import org.ipfund.projections.performance.PerformanceQueries;
import org.ipfund.projections.performance.PerformanceView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a fund returned: {@code GET /api/funds/{fundId}/performance} (NAV, DPI, RVPI, TVPI, IRR of the fund, each deal,
 * each sub-fund and the family, as of any date) and {@code GET /api/funds/{fundId}/evaluation} (the yearly performance
 * evaluation, as of the year's last day, or today while the year runs). Both read the fund's sub-funds too, so they wait
 * for every write acknowledged, as the leverage does.
 */
@RestController
public class PerformanceController {

    private static final String[] VIEWS = PerformanceQueries.VIEWS.toArray(String[]::new);

    private final QueryGateway queries;
    private final ViewReads reads;
    private final WrittenJson written;

    public PerformanceController(QueryGateway queries, ViewReads reads, WrittenJson written) {
        this.queries = queries;
        this.reads = reads;
        this.written = written;
    }

    /** A {@link PerformanceView}; its JSON is written once for figures kept between reads ({@link WrittenJson}). */
    @ApiResponse(responseCode = "200", description = "The fund's performance as of the date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = PerformanceView.class)))
    @GetMapping(path = "/api/funds/{fundId}/performance", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> performance(
            @PathVariable String fundId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Long minPosition) {
        reads.awaitAll(minPosition, VIEWS);
        PerformanceView view = queries.query(new FindPerformance(fundId, reads.asOf(asOf)), PerformanceView.class)
                .join();
        if (view == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fundId));
        }
        return written.ok(view);
    }

    /** {@code year} defaults to the current one; a year to come is refused. */
    @GetMapping("/api/funds/{fundId}/evaluation")
    public EvaluationView evaluation(@PathVariable String fundId, @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) Long minPosition) {
        LocalDate today = reads.asOf(null);
        Year judged = year == null ? Year.from(today) : InvalidInput.of("year", () -> {
            if (year < 1) {
                throw new IllegalArgumentException("is a year of the Common Era, from 1 on");
            }
            return Year.of(year);
        });
        LocalDate asOf = InvalidInput.of("year", () -> PerformanceEvaluation.judgedOn(judged, today));
        reads.awaitAll(minPosition, VIEWS);
        EvaluationView view = queries.query(new FindEvaluation(fundId, judged, asOf), EvaluationView.class).join();
        if (view == null) {
            throw new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(fundId));
        }
        return view;
    }
}
