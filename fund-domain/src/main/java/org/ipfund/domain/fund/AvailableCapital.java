package org.ipfund.domain.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.ipfund.domain.figures.CapitalMovement;
import org.ipfund.domain.figures.CapitalTimeline;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;

/**
 * The fund's money movements over business time, judged with the {@link CapitalTimeline}. Part of the {@link Fund}
 * aggregate. A fact may be dated before others already recorded, so a new fact may spend only what leaves every day
 * from its date on covered, each day under the policy in force that day.
 */
class AvailableCapital {

    private final Currency currency;
    private final List<CapitalMovement> movements = new ArrayList<>();

    AvailableCapital(Currency currency) {
        this.currency = currency;
    }

    void moved(CapitalMovement movement) {
        movements.add(movement);
    }

    /** Refuses spending {@code amount} on {@code date} if it would overdraw that day or any later one. */
    void requireAvailable(Money amount, LocalDate date, FundPolicy policy, String field) {
        Money investable = timeline(policy).investableOn(date);
        if (amount.isGreaterThan(investable)) {
            throw new InsufficientCapital(investable, amount, date, field);
        }
    }

    /** Refuses a reversal that would take back capital the fund has already spent on its date or a later one. */
    void requireReversible(String factId, Money amount, CapitalMovement reversal, FundPolicy policy) {
        CapitalTimeline timeline = timeline(policy);
        if (!timeline.allows(reversal)) {
            throw new CapitalAlreadyInvested(factId, amount, timeline.investableOn(reversal.date()));
        }
    }

    private CapitalTimeline timeline(FundPolicy policy) {
        return CapitalTimeline.of(currency, movements, policy);
    }
}
