package org.ipfund.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipfund.domain.DateBeforeLaunch;
import org.ipfund.domain.DateInFuture;
import org.ipfund.domain.DatedBeforeReversal;
import org.ipfund.domain.DateTooEarly;
import org.ipfund.domain.DuplicateId;
import org.ipfund.domain.FundId;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.correction.CorrectionBeforeFact;
import org.ipfund.domain.correction.FactAlreadyReversed;
import org.ipfund.domain.correction.FactNotReversible;
import org.ipfund.domain.correction.UnknownFactToReverse;
import org.ipfund.domain.fund.CallExceedsUncalledCommitments;
import org.ipfund.domain.fund.CallId;
import org.ipfund.domain.fund.CapitalAlreadyInvested;
import org.ipfund.domain.fund.CommitmentAlreadyCalled;
import org.ipfund.domain.fund.CommitmentId;
import org.ipfund.domain.fund.ContributionBeforeCall;
import org.ipfund.domain.fund.ContributionExceedsCalled;
import org.ipfund.domain.fund.FundType;
import org.ipfund.domain.fund.DistributionId;
import org.ipfund.domain.fund.InsufficientCapital;
import org.ipfund.domain.fund.InsufficientCash;
import org.ipfund.domain.fund.LaterDistributionStands;
import org.ipfund.domain.fund.NothingPaidIn;
import org.ipfund.domain.fund.ProceedsAlreadyDistributed;
import org.ipfund.domain.holding.BuyerRequired;
import org.ipfund.domain.holding.CededExitBelowPrice;
import org.ipfund.domain.holding.DateBeforeInvestment;
import org.ipfund.domain.holding.ExitId;
import org.ipfund.domain.holding.ExitKind;
import org.ipfund.domain.holding.HoldingClosed;
import org.ipfund.domain.holding.HoldingHasLaterFacts;
import org.ipfund.domain.holding.LaterExitStands;
import org.ipfund.domain.holding.NoCededExitTerms;
import org.ipfund.domain.holding.ProceedsRequired;
import org.ipfund.domain.holding.WriteOffWithProceeds;
import org.ipfund.domain.fund.NotAParentFund;
import org.ipfund.domain.fund.GovernmentShareCapExceeded;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.fund.InvestorSourceMismatch;
import org.ipfund.domain.fund.FamilyFundNotAnInvestor;
import org.ipfund.domain.fund.UnknownSubFund;
import org.ipfund.domain.fund.ShareCapExceeded;
import org.ipfund.domain.fund.UnknownCall;
import org.ipfund.domain.fund.UnknownCommitment;
import org.ipfund.domain.investment.CoInvestmentBeforeInvestment;
import org.ipfund.domain.investment.FollowOnExceedsLeadShare;
import org.ipfund.domain.investment.FollowOnOutsideWindow;
import org.ipfund.domain.investment.FollowOnWithoutHolding;
import org.ipfund.domain.investment.InvestmentAlreadyReversed;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.UnknownInvestment;
import org.ipfund.domain.money.AmountNotPositive;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.CurrencyNotMoney;
import org.ipfund.domain.money.ExchangeRateNotApplicable;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.Ratio;
import org.ipfund.domain.policy.AmendmentInvalidatesFact;
import org.ipfund.domain.policy.InvalidatedFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule's command field, as the domain names it, is the request path the refusal names. */
class RequestPathsTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Money SOME = Money.of("100.00", "CNY");
    private static final Money NEGATIVE = Money.of("-100.00", "CNY");
    private static final LocalDate DAY = LocalDate.of(2017, 6, 1);
    private static final LocalDate OLD = LocalDate.of(1582, 10, 10);
    private static final Currency XAU = Currency.getInstance("XAU");
    private static final FundId FUND = new FundId("f1");
    private static final InvestmentId DEAL = new InvestmentId("d1");

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void namesWhereTheRequestGaveTheFieldTheRuleJudged(String domainField, FundRuleViolation violation,
                                                       String requestPath) {
        assertThat(violation.field()).isEqualTo(domainField);

        assertThat(RequestPaths.of(violation)).isEqualTo(requestPath);
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                arguments("amount", new CurrencyMismatch(CNY, USD), "amount.currency"),
                arguments("amount", new CurrencyMismatch(CNY, USD, "amount"), "amount.currency"),
                arguments("targetSize", new CurrencyMismatch(CNY, USD, "targetSize"), "targetSize.currency"),
                arguments("parentCommitment", new CurrencyMismatch(CNY, USD, "parentCommitment"),
                        "parentCommitment.currency"),
                arguments("lead.amount", new CurrencyMismatch(CNY, USD, "lead.amount"), "lead.amount.currency"),
                arguments("terms.shareCapAmount", new CurrencyMismatch(CNY, USD, "terms.shareCapAmount"),
                        "shareCapAmount.currency"),
                arguments("policy.terms.shareCapAmount",
                        new CurrencyMismatch(CNY, USD, "policy.terms.shareCapAmount"),
                        "policy.shareCapAmount.currency"),
                arguments("exchangeRate", CurrencyMismatch.withoutRate(CNY, USD), "exchangeRate"),
                arguments("amount", new AmountNotPositive(NEGATIVE), "amount.amount"),
                arguments("amount", new AmountNotPositive(NEGATIVE, "amount"), "amount.amount"),
                arguments("targetSize", new AmountNotPositive(NEGATIVE, "targetSize"), "targetSize.amount"),
                arguments("parentCommitment", new AmountNotPositive(NEGATIVE, "parentCommitment"),
                        "parentCommitment.amount"),
                arguments("terms.shareCapAmount", new AmountNotPositive(NEGATIVE, "terms.shareCapAmount"),
                        "shareCapAmount.amount"),
                arguments("policy.terms.shareCapAmount",
                        new AmountNotPositive(NEGATIVE, "policy.terms.shareCapAmount"),
                        "policy.shareCapAmount.amount"),
                arguments("exchangeRate", new ExchangeRateNotApplicable(CNY), "exchangeRate"),
                arguments("amount", new InsufficientCapital(SOME, SOME, DAY, "amount"), "amount.amount"),
                arguments("parentCommitment", new InsufficientCapital(SOME, SOME, DAY, "parentCommitment"),
                        "parentCommitment.amount"),
                arguments("amount", new CallExceedsUncalledCommitments(SOME, SOME), "amount.amount"),
                arguments("amount", new ContributionExceedsCalled(new CommitmentId("c1"), new CallId("k1"), SOME, SOME),
                        "amount.amount"),
                arguments("parentCommitment", new ShareCapExceeded(SOME, SOME, "the policy's absolute cap"),
                        "parentCommitment.amount"),
                arguments("amount", new GovernmentShareCapExceeded(SOME, SOME, Ratio.of("0.50"), SOME, "amount"),
                        "amount.amount"),
                arguments("parentCommitment", new GovernmentShareCapExceeded(SOME, SOME, Ratio.of("0.50"), SOME,
                        "parentCommitment"), "parentCommitment.amount"),
                arguments("subFundId", new UnknownSubFund(FUND, new FundId("s1")), "subFundId"),
                arguments("investorId", new FamilyFundNotAnInvestor("f1", FUND, FUND, "investorId"), "investorId"),
                arguments("investor", new FamilyFundNotAnInvestor("f1", FUND, FUND, "investor"), "investor"),
                arguments("source", new InvestorSourceMismatch("inv-1", CapitalSource.SOCIAL, CapitalSource.STATE_OWNED),
                        "source"),
                arguments("terms.effectiveFrom", new AmendmentInvalidatesFact(DAY,
                        new InvalidatedFact("f-1", DAY, "FOLLOW_ON_EXCEEDS_LEAD_SHARE", "above the lead's share")),
                        "effectiveFrom"),
                arguments("amount", new FollowOnExceedsLeadShare(SOME, SOME, Ratio.of("0.50")), "amount.amount"),
                arguments("company", new FollowOnWithoutHolding("Silk Road IP Holdings", DAY), "company.name"),
                arguments("date", new FollowOnOutsideWindow(DAY, DAY.plusDays(1), 365), "date"),
                arguments("date", new DateInFuture("date", DAY, DAY.minusDays(1)), "date"),
                arguments("launchDate", new DateInFuture("launchDate", DAY, DAY.minusDays(1)), "launchDate"),
                arguments("lead.date", new DateInFuture("lead.date", DAY, DAY.minusDays(1)), "lead.date"),
                arguments("terms.effectiveFrom", new DateInFuture("terms.effectiveFrom", DAY, DAY.minusDays(1)),
                        "effectiveFrom"),
                arguments("date", new DateBeforeLaunch(DAY, DAY.plusDays(1)), "date"),
                arguments("terms.effectiveFrom", new DateBeforeLaunch(DAY, DAY.plusDays(1), "terms.effectiveFrom"),
                        "effectiveFrom"),
                arguments("date", new CoInvestmentBeforeInvestment(new InvestmentId("d1"), DAY.plusDays(1), DAY),
                        "date"),
                arguments("date", new DateTooEarly("date", OLD), "date"),
                arguments("launchDate", new DateTooEarly("launchDate", OLD), "launchDate"),
                arguments("lead.date", new DateTooEarly("lead.date", OLD), "lead.date"),
                arguments("terms.effectiveFrom", new DateTooEarly("terms.effectiveFrom", OLD), "effectiveFrom"),
                arguments("policy.terms.effectiveFrom", new DateTooEarly("policy.terms.effectiveFrom", OLD),
                        "policy.effectiveFrom"),
                arguments("currency", new CurrencyNotMoney(XAU, "currency"), "currency"),
                arguments("amount", new CurrencyNotMoney(XAU, "amount"), "amount.currency"),
                arguments("date", new ContributionBeforeCall(new CallId("k1"), DAY.plusDays(1), DAY), "date"),
                arguments("date", new CorrectionBeforeFact("d1", DAY.plusDays(1), DAY), "date"),
                arguments("callId", new UnknownCall(FUND, new CallId("k1")), "callId"),
                arguments("commitmentId", new UnknownCommitment(FUND, new CommitmentId("c1")), "commitmentId"),
                arguments("investmentId", new UnknownInvestment(FUND, new InvestmentId("d1")), "investmentId"),
                arguments("investmentId", new InvestmentAlreadyReversed(new InvestmentId("d1")), "investmentId"),
                arguments("fundId", new NotAParentFund(FUND, FundType.SUB), "fundId"),
                arguments("reverses", new CapitalAlreadyInvested("c1", SOME, SOME), "reverses"),
                arguments("reverses", new CommitmentAlreadyCalled(new CommitmentId("c1"), SOME), "reverses"),
                arguments("reverses", new FactNotReversible("k1", "a call is not reversed"), "reverses"),
                arguments("reverses", new FactAlreadyReversed("d1"), "reverses"),
                arguments("reverses", new UnknownFactToReverse(FUND, "no-such-fact"), "reverses"),
                // valuations, exits and distributions
                arguments("fairValue", new CurrencyMismatch(USD, CNY, "fairValue"), "fairValue.currency"),
                arguments("proceeds", new CurrencyMismatch(USD, CNY, "proceeds"), "proceeds.currency"),
                arguments("date", new HoldingClosed(DEAL, DAY, DAY.plusDays(1)), "date"),
                arguments("date", new LaterExitStands(DEAL, new ExitId("x2"), DAY, "date"), "date"),
                arguments("reverses", new LaterExitStands(DEAL, new ExitId("x2"), DAY, "reverses"), "reverses"),
                arguments("date", new HoldingHasLaterFacts(DEAL, "v1", DAY.plusDays(1), DAY), "date"),
                arguments("date", new DateBeforeInvestment(DEAL, DAY, DAY.minusDays(1)), "date"),
                arguments("proceeds", new ProceedsRequired(ExitKind.SALE), "proceeds.amount"),
                arguments("proceeds", new WriteOffWithProceeds(SOME), "proceeds.amount"),
                arguments("buyer", new BuyerRequired(), "buyer"),
                arguments("kind", new NoCededExitTerms(DAY), "kind"),
                arguments("proceeds", new CededExitBelowPrice(SOME, SOME), "proceeds.amount"),
                arguments("amount", new InsufficientCash(SOME, SOME, DAY), "amount.amount"),
                arguments("date", new LaterDistributionStands(new DistributionId("r2"), DAY, "date"), "date"),
                arguments("date", new DatedBeforeReversal("x-1", DAY, DAY.minusDays(1)), "date"),
                arguments("reverses", new LaterDistributionStands(new DistributionId("r2"), DAY, "reverses"),
                        "reverses"),
                arguments("date", new NothingPaidIn(DAY), "date"),
                arguments("reverses", new ProceedsAlreadyDistributed("x1", SOME, SOME), "reverses"));
    }

    @Test
    void aRuleThatJudgedNoFieldNamesNone() {
        assertThat(RequestPaths.of(new DuplicateId("d1"))).isNull();
    }

    @Test
    void everyRuleOfTheDomainIsMappedAbove() {
        Set<Class<?>> mapped = violations().map(row -> row.get()[1].getClass()).collect(Collectors.toSet());
        mapped.add(DuplicateId.class);

        Set<Class<?>> rules = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ipfund.domain")
                .stream()
                .filter(type -> type.isAssignableTo(FundRuleViolation.class))
                .filter(type -> !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());

        assertThat(mapped).as("rules whose request path this test checks").containsAll(rules);
    }
}
