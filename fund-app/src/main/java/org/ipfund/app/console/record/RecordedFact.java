package org.ipfund.app.console.record;

import java.time.LocalDate;
import org.ipfund.domain.money.Money;
import org.ipfund.projections.ReversalView;

/**
 * A fact of a fund that a correction can name, as the correction form shows it: its id, what kind of fact it is
 * ({@code kind}, a word in the bundles under {@code fact.}), its business date, its amount, whom or what it concerns,
 * and the correction that already reversed it, if one did.
 */
public record RecordedFact(String id, String kind, LocalDate date, Money amount, String subject,
                           ReversalView reversal) {

    public boolean standing() {
        return reversal == null;
    }
}
