package org.ipfund.domain.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.ipfund.domain.DateBeforeLaunch;
import org.ipfund.domain.DateInFuture;
import org.ipfund.domain.DateTooEarly;
import org.ipfund.domain.DuplicateId;
import org.ipfund.domain.correction.FactAlreadyReversed;
import org.ipfund.domain.correction.Reversal;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.policy.PolicyTerms;

/**
 * Every fact a fund recorded, by id, and which of them a correction reversed. Part of the {@link Fund}
 * aggregate: a new fact needs an id of its own and a business date from the launch to today.
 */
class FactRegister {

    private final LocalDate launchDate;
    private final Set<String> recorded = new HashSet<>();
    private final Set<String> reversed = new HashSet<>();

    FactRegister(LocalDate launchDate) {
        this.launchDate = launchDate;
    }

    void requireNew(String factId, LocalDate date, Clock clock) {
        requireNotRecorded(factId);
        requireWithinLife("date", date, clock);
    }

    void requireNotRecorded(String factId) {
        if (recorded.contains(factId)) {
            throw new DuplicateId(factId);
        }
    }

    /** A business date on or after the launch and not after today in the fund's time zone. */
    void requireWithinLife(String field, LocalDate date, Clock clock) {
        requireBusinessDate(field, date, clock);
        if (date.isBefore(launchDate)) {
            throw new DateBeforeLaunch(date, launchDate, field);
        }
    }

    void requireNotReversed(String factId) {
        if (reversed.contains(factId)) {
            throw new FactAlreadyReversed(factId);
        }
    }

    boolean isRecorded(String factId) {
        return recorded.contains(factId);
    }

    void recorded(String factId) {
        recorded.add(factId);
    }

    void recorded(Reversal reversal) {
        recorded.add(reversal.correctionId().value());
        reversed.add(reversal.reversedId());
    }

    /** A date the books can hold ({@link DateTooEarly#EARLIEST} or later) and not after today in the fund's time zone. */
    static void requireBusinessDate(String field, LocalDate date, Clock clock) {
        DateTooEarly.requireOnOrAfterEarliest(field, date);
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new DateInFuture(field, date, today);
        }
    }

    /** A policy's versions may take effect before the launch or after today, but not before the books start. */
    static void requireOnOrAfterEarliest(FundPolicy policy) {
        for (PolicyTerms terms : policy.terms()) {
            DateTooEarly.requireOnOrAfterEarliest("policy.terms.effectiveFrom", terms.effectiveFrom());
        }
    }
}
