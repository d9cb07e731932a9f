package org.ipfund.domain;

import java.time.LocalDate;

/**
 * The fund's books start on 1 January 1900: no business date is earlier. Before that, calendars disagree (a
 * date before the Gregorian reform of 1582 names another day in the Julian calendar), and so would the books.
 */
public class DateTooEarly extends UnacceptableValue {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public DateTooEarly(String field, LocalDate date) {
        super("the date %s is before %s, the earliest business date the books hold".formatted(date, EARLIEST), field);
    }

    /** The date, if it is on or after {@link #EARLIEST}. */
    public static LocalDate requireOnOrAfterEarliest(String field, LocalDate date) {
        if (date.isBefore(EARLIEST)) {
            throw new DateTooEarly(field, date);
        }
        return date;
    }

    @Override
    public String code() {
        return "DATE_BEFORE_1900";
    }
}
