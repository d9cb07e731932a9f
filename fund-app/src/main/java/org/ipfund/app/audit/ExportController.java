package org.ipfund.app.audit;

import org.ipfund.audit.export.AuditExport;
import org.ipfund.audit.export.ExportBundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.ViewReads;
import org.ipfund.projections.ledger.AuditLedgerProjection;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports for auditors, by business-date period: one JSON bundle, or the events and the ledger as CSV files,
 * each with the covering checkpoint in the {@code X-Audit-Checkpoint} header (verify it with
 * {@code POST /api/audit/checkpoints/verify}).
 */
@RestController
@RequestMapping("/api/audit/export")
public class ExportController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final String CHECKPOINT_HEADER = "X-Audit-Checkpoint";

    private final AuditExport export;
    private final ViewReads reads;

    public ExportController(AuditExport export, ViewReads reads) {
        this.export = export;
        this.reads = reads;
    }

    @GetMapping
    public ExportBundle bundle(@RequestParam(required = false) String fundId,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) Long minPosition) {
        requirePeriod(from, to);
        reads.awaitAll(minPosition, AuditLedgerProjection.NAME);
        return export.bundle(blankToNull(fundId), from, to);
    }

    @ApiResponse(responseCode = "200", description = "The period as CSV, its checkpoint in X-Audit-Checkpoint",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            headers = @Header(name = CHECKPOINT_HEADER, description = "The signed checkpoint, as JSON",
                    schema = @Schema(type = "string")))
    @GetMapping("/events.csv")
    public ResponseEntity<String> eventsCsv(@RequestParam(required = false) String fundId,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
            throws JsonProcessingException {
        requirePeriod(from, to);
        ExportBundle bundle = export.bundle(blankToNull(fundId), from, to);
        return csv("events", bundle, export.eventsCsv(bundle.events()));
    }

    @ApiResponse(responseCode = "200", description = "The period as CSV, its checkpoint in X-Audit-Checkpoint",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            headers = @Header(name = CHECKPOINT_HEADER, description = "The signed checkpoint, as JSON",
                    schema = @Schema(type = "string")))
    @GetMapping("/ledger.csv")
    public ResponseEntity<String> ledgerCsv(@RequestParam(required = false) String fundId,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            @RequestParam(required = false) Long minPosition)
            throws JsonProcessingException {
        requirePeriod(from, to);
        reads.awaitAll(minPosition, AuditLedgerProjection.NAME);
        ExportBundle bundle = export.bundle(blankToNull(fundId), from, to);
        return csv("ledger", bundle, export.ledgerCsv(bundle.ledger()));
    }

    private ResponseEntity<String> csv(String what, ExportBundle bundle, String body) throws JsonProcessingException {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"%s-%s-%s.csv\""
                        .formatted(what, bundle.from(), bundle.to()))
                .header(CHECKPOINT_HEADER, export.checkpointJson(bundle.checkpoint()))
                .body(body);
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must be on or after from");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
