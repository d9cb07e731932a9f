package org.ipfund.app.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a chart over time is drawn at: every month end from the fund's launch to the last month end before
 * today, then today. A fund launched this month has only today.
 */
final class MonthEnds {

    private MonthEnds() {
    }

    static List<LocalDate> since(LocalDate launch, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate end = YearMonth.from(launch).atEndOfMonth(); end.isBefore(today);
             end = YearMonth.from(end).plusMonths(1).atEndOfMonth()) {
            dates.add(end);
        }
        dates.add(today);
        return dates;
    }
}
