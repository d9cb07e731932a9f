package org.ipfund.domain;

import java.time.LocalDate;

/** A recorded fact takes effect on a business date, which may differ from the day it was recorded. */
public interface BusinessFact {

    LocalDate businessDate();
}
