package org.ipfund.domain.fund;

import org.ipfund.domain.FundId;

/**
 * A command that changes a parent fund and one of its sub-funds in one unit of work. Whoever serialises the writes
 * of each fund takes the parent's turn first, then the sub-fund's, always in that order, so that two such commands
 * never wait for each other.
 */
public interface TwoFundCommand {

    FundId parentFundId();

    FundId subFundId();
}
