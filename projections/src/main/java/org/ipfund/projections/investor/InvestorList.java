package org.ipfund.projections.investor;

import java.util.List;

/** Every registered investor, in the order registered. */
public record InvestorList(List<InvestorView> investors) {
}
