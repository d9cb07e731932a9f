package org.ipfund.domain;

import java.time.LocalDate;

/**
 * A fact a fund recorded: every event of the domain implements this, and nothing else is an event. It names the fund
 * whose stream holds it and the business date it takes effect, which may differ from the day it was recorded.
 *
 * <p>This is the catalogue of facts: the catalogue test ({@code FactCatalogueTest} in fund-audit) finds every
 * implementation on the classpath and fails, naming the event and where to add what, when one has no JSON round
 * trip, no handler in a view, no posting in the audit ledger or no rule in the bitemporal fold (or no declaration
 * that it moves nothing there). Java 17 cannot seal this across packages without a module declaration, so the test is
 * the check. A fact of another aggregate (a registered investor's) implements {@link RecordedFact} beside this.
 */
public interface FundEvent extends RecordedFact {

    FundId fundId();

    @Override
    LocalDate businessDate();
}
