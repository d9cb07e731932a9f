package org.ipfund.app.audit;

import org.ipfund.audit.history.EventHistory;
import org.ipfund.audit.history.FundStateView;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ipfund.app.web.InvalidInput;
import org.ipfund.app.web.PathIds;
import org.ipfund.app.web.UnknownResource;
import org.ipfund.app.web.ViewReads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fund as it stood on any business date ({@code asOf}, default today), as the store knew it at any instant
 * ({@code knownAt}, default now): rebuilt from the fund's events alone, not read from a view.
 */
@RestController
public class FundStateController {

    private final EventHistory history;
    private final ViewReads reads;
    private final Clock clock;

    public FundStateController(EventHistory history, ViewReads reads, Clock clock) {
        this.history = history;
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/api/audit/funds/{fundId}/state")
    public FundStateView state(@PathVariable String fundId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               @RequestParam(required = false) String knownAt) {
        String id = PathIds.fund(fundId).value();
        Instant known = knownAt == null || knownAt.isBlank() ? Instant.now(clock) : instant(knownAt);
        return history.fundState(id, reads.asOf(asOf), known).orElseThrow(() -> history.isRecorded(id)
                ? new UnknownResource("FUND_NOT_FOUND", "fund '%s' was not yet recorded at %s".formatted(id, known))
                : new UnknownResource("FUND_NOT_FOUND", "there is no fund '%s'".formatted(id)));
    }

    /** Read strictly: Spring's own conversion would also take epoch numbers and RFC 1123 dates. */
    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            throw new InvalidInput("knownAt", "'%s' is not an ISO instant such as 2018-03-01T00:00:00Z".formatted(text));
        }
    }
}
