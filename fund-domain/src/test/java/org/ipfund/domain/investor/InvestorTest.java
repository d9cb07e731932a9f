package org.ipfund.domain.investor;

import static org.ipfund.domain.FundCalendar.CLOCK;
import static org.ipfund.domain.FundCalendar.TODAY;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ipfund.domain.CapitalSource;
import org.junit.jupiter.api.Test;

class InvestorTest {

    private final FixtureConfiguration<Investor> fixture =
            new AggregateTestFixture<>(Investor.class).registerInjectableResource(CLOCK);

    @Test
    void registersAnInvestorOnTheDayItIsRegistered() {
        var code = new UnifiedSocialCreditCode("91350200MA31ABCDEQ");
        fixture.givenNoPriorActivity()
                .when(new RegisterInvestor(new InvestorId("haixi"), "Haixi Venture", CapitalSource.SOCIAL,
                        InvestorKind.PRIVATE, code))
                .expectEvents(new InvestorRegistered(new InvestorId("haixi"), "Haixi Venture", CapitalSource.SOCIAL,
                        InvestorKind.PRIVATE, code, TODAY));
    }
}
