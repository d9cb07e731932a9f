package org.ipfund.projections.investor;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.investor.InvestorKind;
import org.ipfund.domain.investor.InvestorRegistered;
import org.ipfund.projections.EventPositions;
import org.ipfund.projections.ViewWrites;
import org.ipfund.projections.capital.CapitalPositionProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The investor register: every party registered as an investor. It runs in the capital views' processor (a
 * commitment names its investor there), so it is rebuilt with them and read once they have caught up.
 */
@Component
@ProcessingGroup(CapitalPositionProjection.NAME)
public class InvestorRegisterProjection {

    private static final String COLUMNS = "investor_id, name, source, kind, unified_social_credit_code, registered_on";

    private final JdbcTemplate jdbc;
    private final EventPositions positions;
    private final ViewWrites writes;

    public InvestorRegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.positions = new EventPositions(jdbc);
        this.writes = new ViewWrites(jdbc);
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE investor_view");
    }

    @EventHandler
    void on(InvestorRegistered event, @MessageIdentifier String eventId, TrackingToken token) {
        writes.insert("INSERT INTO investor_view (" + COLUMNS + ", event_position) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (investor_id) DO NOTHING",
                event.investorId().value(), event.name(), event.source().name(), event.kind().name(),
                event.unifiedSocialCreditCode() == null ? null : event.unifiedSocialCreditCode().value(),
                event.registeredOn(), positions.of(eventId, token));
    }

    @QueryHandler
    public InvestorList handle(FindInvestors query) {
        return new InvestorList(jdbc.query("SELECT " + COLUMNS + " FROM investor_view ORDER BY event_position",
                (rs, row) -> investor(rs)));
    }

    /** @return the investor, or null when none is registered with that id */
    @QueryHandler
    public InvestorView handle(FindInvestor query) {
        List<InvestorView> found = jdbc.query("SELECT " + COLUMNS + " FROM investor_view WHERE investor_id = ?",
                (rs, row) -> investor(rs), query.investorId());
        return found.isEmpty() ? null : found.get(0);
    }

    private static InvestorView investor(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new InvestorView(rs.getString("investor_id"), rs.getString("name"),
                CapitalSource.valueOf(rs.getString("source")), InvestorKind.valueOf(rs.getString("kind")),
                rs.getString("unified_social_credit_code"), rs.getObject("registered_on", LocalDate.class));
    }
}
