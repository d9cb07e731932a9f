package org.ipfund.app.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.RecordCommitment;
import org.ipfund.domain.fund.TopUpId;
import org.ipfund.domain.fund.TopUpSubFund;
import org.ipfund.domain.investor.InvestorId;
import org.ipfund.domain.investor.InvestorKind;
import org.ipfund.domain.investor.RegisterInvestor;
import org.ipfund.domain.money.Money;
import org.junit.jupiter.api.Test;

class OneWriterPerFundTest {

    private static final LocalDate DAY = LocalDate.parse("2017-08-01");

    @Test
    void aTwoFundCommandLocksTheParentFirstThenTheSubFund() {
        var topUp = new TopUpSubFund(new FundId("sub-1-parent"), new FundId("a-sub-fund"), new TopUpId("t-1"),
                Money.of("1.00", "CNY"), DAY);

        assertThat(OneWriterPerFund.locked(GenericCommandMessage.asCommandMessage(topUp)))
                .containsExactly("sub-1-parent", "a-sub-fund");
    }

    @Test
    void aOneFundCommandLocksItsFundAndARegistrationNone() {
        var commitment = new RecordCommitment(new FundId("fund-1"), new CommitmentId("c-1"), "Bureau",
                CapitalSource.SOCIAL, Money.of("1.00", "CNY"), DAY);
        var registration = new RegisterInvestor(new InvestorId("inv-1"), "Bureau", CapitalSource.SOCIAL,
                InvestorKind.GOVERNMENT, null);

        assertThat(OneWriterPerFund.locked(GenericCommandMessage.asCommandMessage(commitment)))
                .containsExactly("fund-1");
        assertThat(OneWriterPerFund.locked(GenericCommandMessage.asCommandMessage(registration))).isEmpty();
    }
}
