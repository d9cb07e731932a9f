package org.ipfund.projections.capital;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sub-funds of a fund as the capital view knows them, every one whatever its launch date: what a read about a
 * parent must also wait for, since a parent's portfolio and leverage are figured from its sub-funds' books too.
 */
@Component
public class SubFundIds {

    private final JdbcTemplate jdbc;

    public SubFundIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of {@code fundId}'s sub-funds; none for a sub-fund (a sub-fund never creates one) or an unknown fund. */
    public List<String> of(String fundId) {
        return jdbc.queryForList("SELECT fund_id FROM fund_view WHERE parent_fund_id = ?", String.class, fundId);
    }
}
