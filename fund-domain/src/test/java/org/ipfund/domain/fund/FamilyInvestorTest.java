package org.ipfund.domain.fund;

import static org.ipfund.domain.FundCalendar.CLOCK;
import static org.ipfund.domain.FundCalendar.LAUNCH;
import static org.ipfund.domain.FundCalendar.MARCH_1;
import static org.ipfund.domain.RuleMatchers.rule;

import java.util.Currency;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;
import org.junit.jupiter.api.Test;

/** Who commits to a sub-fund: never a fund of its own family, and a registered investor with its own source. */
class FamilyInvestorTest {

    private static final FundId PARENT = new FundId("xiamen-ip-guidance");
    private static final FundId SUB_FUND = new FundId("xiamen-ip-sub-1");
    private static final Money AMOUNT = Money.of("100000.00", "CNY");

    private final FixtureConfiguration<Fund> fixture =
            new AggregateTestFixture<>(Fund.class).registerInjectableResource(CLOCK);

    @Test
    void refusesAFamilyFundNamedByItsIdAsAnOrdinaryInvestor() {
        fixture.given(subFundLaunched())
                .when(commitment("Xiamen IP guidance fund", PARENT.value(), null, PARENT, CapitalSource.LOCAL_FISCAL))
                .expectNoEvents()
                .expectException(rule("FAMILY_FUND_NOT_AN_INVESTOR", "investorId"));
    }

    @Test
    void refusesAFamilyFundNamedByItsNameAsAnOrdinaryInvestor() {
        fixture.given(subFundLaunched())
                .when(commitment("Xiamen IP guidance fund", null, null, PARENT, CapitalSource.LOCAL_FISCAL))
                .expectNoEvents()
                .expectException(rule("FAMILY_FUND_NOT_AN_INVESTOR", "investor"));
    }

    @Test
    void refusesASourceOtherThanTheRegisteredInvestorsOwn() {
        fixture.given(subFundLaunched())
                .when(commitment("Haixi Venture", "haixi", CapitalSource.SOCIAL, null, CapitalSource.STATE_OWNED))
                .expectNoEvents()
                .expectException(rule("INVESTOR_SOURCE_MISMATCH", "source"));
    }

    @Test
    void recordsARegisteredInvestorsCommitmentOfItsOwnSource() {
        fixture.given(subFundLaunched())
                .when(commitment("Haixi Venture", "haixi", CapitalSource.SOCIAL, null, CapitalSource.SOCIAL))
                .expectEvents(new CommitmentRecorded(SUB_FUND, new CommitmentId("c-1"), "Haixi Venture",
                        CapitalSource.SOCIAL, AMOUNT, MARCH_1));
    }

    private static SubFundLaunched subFundLaunched() {
        return new SubFundLaunched(SUB_FUND, "Xiamen IP Sub-Fund I", Currency.getInstance("CNY"), LAUNCH,
                FundPolicy.none(), PARENT, Money.of("3000000.00", "CNY"), new CommitmentId("parent"));
    }

    private static RecordCommitment commitment(String investor, String investorId, CapitalSource registered,
                                               FundId familyParent, CapitalSource source) {
        return new RecordCommitment(SUB_FUND, new CommitmentId("c-1"), investor, source, AMOUNT, MARCH_1, investorId,
                registered, familyParent);
    }
}
