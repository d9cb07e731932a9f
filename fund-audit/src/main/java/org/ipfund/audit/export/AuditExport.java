package org.ipfund.audit.export;

import org.ipfund.audit.history.EventHistory;
import org.ipfund.audit.history.EventHistoryEntry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.ipfund.audit.evidence.Checkpoint;
import org.ipfund.audit.evidence.Evidence;
import org.ipfund.projections.ledger.FindLedger;
import org.ipfund.projections.ledger.LedgerEntry;
import org.ipfund.projections.ledger.LedgerView;
import org.springframework.stereotype.Component;

/**
 * Evidence for a period: the events and the ledger lines dated in it, with a checkpoint issued at the moment of
 * export that covers them, so an auditor can later prove the copy matches the store. Only what the chains have
 * linked is exported (events settle for {@code fund.audit.settle-after}); the bundle says through which positions.
 */
@Component
public class AuditExport {

    private static final CsvMapper CSV = new CsvMapper();

    private final EventHistory history;
    private final QueryGateway queries;
    private final Evidence evidence;
    private final ObjectMapper json;

    public AuditExport(EventHistory history, QueryGateway queries, Evidence evidence, ObjectMapper json) {
        this.history = history;
        this.queries = queries;
        this.evidence = evidence;
        this.json = json;
    }

    public ExportBundle bundle(String fundId, LocalDate from, LocalDate to) {
        Checkpoint checkpoint = evidence.issueCheckpoint();
        long eventsThrough = checkpoint.events().position();
        long ledgerThrough = checkpoint.ledger().position();
        return new ExportBundle(fundId, from, to, eventsThrough, ledgerThrough, checkpoint,
                history.dated(fundId, from, to).stream().filter(event -> event.position() <= eventsThrough).toList(),
                ledger(fundId, from, to).stream().filter(line -> line.position() <= ledgerThrough).toList(),
                evidence.records(checkpoint));
    }

    /** The events as CSV, one row each; the payload is its JSON text. */
    public String eventsCsv(List<EventHistoryEntry> events) throws JsonProcessingException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true)
                .addColumn("position").addColumn("eventId").addColumn("aggregateId").addColumn("sequence")
                .addColumn("type").addColumn("businessDate").addColumn("recordedAt").addColumn("actor")
                .addColumn("correlationId").addColumn("causationId").addColumn("payload").build();
        List<List<String>> rows = events.stream().map(event -> List.of(String.valueOf(event.position()),
                event.eventId(), event.aggregateId(), String.valueOf(event.sequence()), event.type(),
                String.valueOf(event.businessDate()), String.valueOf(event.recordedAt()), nullToEmpty(event.actor()),
                nullToEmpty(event.correlationId()), nullToEmpty(event.causationId()), event.payload().toString()))
                .toList();
        return CSV.writer(schema).writeValueAsString(rows);
    }

    /** The ledger lines as CSV, amounts as exact decimal strings. */
    public String ledgerCsv(List<LedgerEntry> lines) throws JsonProcessingException {
        CsvSchema schema = CsvSchema.builder().setUseHeader(true)
                .addColumn("position").addColumn("eventId").addColumn("line").addColumn("fundId")
                .addColumn("businessDate").addColumn("account").addColumn("source").addColumn("factId")
                .addColumn("debit").addColumn("credit").addColumn("currency").build();
        List<List<String>> rows = lines.stream().map(line -> List.of(String.valueOf(line.position()), line.eventId(),
                String.valueOf(line.line()), line.fundId(), String.valueOf(line.businessDate()),
                String.valueOf(line.account()), line.source() == null ? "" : String.valueOf(line.source()),
                line.factId(), line.debit().toPlainString(), line.credit().toPlainString(),
                line.currency().getCurrencyCode())).toList();
        return CSV.writer(schema).writeValueAsString(rows);
    }

    /** The checkpoint as one line of JSON, for a response header next to a CSV body. */
    public String checkpointJson(Checkpoint checkpoint) throws JsonProcessingException {
        return json.writeValueAsString(checkpoint);
    }

    List<LedgerEntry> ledger(String fundId, LocalDate from, LocalDate to) {
        LedgerView view = queries.query(new FindLedger(fundId, from, to), LedgerView.class).join();
        return view == null ? List.of() : view.lines();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
