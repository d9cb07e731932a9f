package org.ipfund.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The dates the domain's fixture tests share: a fund launched on 15 January 2018, and "today" 20 June 2018 just
 * after midnight in the fund's own time zone (so that a UTC clock would still say 19 June).
 */
public final class FundCalendar {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.of(2018, 6, 20);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(LocalTime.of(0, 30)).atZone(SHANGHAI).toInstant(),
            SHANGHAI);
    public static final LocalDate LAUNCH = LocalDate.of(2018, 1, 15);
    public static final LocalDate FEB_1 = LocalDate.of(2018, 2, 1);
    public static final LocalDate MARCH_1 = LocalDate.of(2018, 3, 1);

    private FundCalendar() {
    }
}
