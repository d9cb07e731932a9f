package org.ipfund.domain.fund;

import static org.ipfund.domain.FundCalendar.CLOCK;
import static org.ipfund.domain.FundCalendar.FEB_1;
import static org.ipfund.domain.FundCalendar.LAUNCH;
import static org.ipfund.domain.FundCalendar.MARCH_1;
import static org.ipfund.domain.FundCalendar.SHANGHAI;
import static org.ipfund.domain.FundCalendar.TODAY;
import static org.ipfund.domain.testing.Gen.weighted;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.AxonAssertionError;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.FundId;
import org.ipfund.domain.FundRuleViolation;
import org.ipfund.domain.investment.Company;
import org.ipfund.domain.investment.DirectInvestmentRecorded;
import org.ipfund.domain.investment.FollowOnInvestmentRecorded;
import org.ipfund.domain.investment.InvestmentId;
import org.ipfund.domain.investment.RecordDirectInvestment;
import org.ipfund.domain.investment.RecordFollowOnInvestment;
import org.ipfund.domain.money.ExchangeRate;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.policy.FundPolicy;
import org.ipfund.domain.testing.Gen;
import org.ipfund.domain.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The fund's command space at random, against a launched fund with some history: every command is either
 * recorded as exactly the one event that says what the command said, or refused by a named rule (a code, and
 * the field where there is one) with no event at all. Where a command is obviously wrong (an amount not above
 * zero, capital in another currency, a date before the launch or after today, an id already used, a fact that
 * does not exist) it is refused, by one of the rules it obviously breaks; other refusals are the rules' own
 * business and are only required to be clean.
 */
class FundCommandPropertyTest {

    private static final FundId FUND = new FundId("prop-fund");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Company HELD = new Company("Silk Road Patent Co", "IP services", "CN", "Xiamen");
    private static final Map<String, CapitalSource> COMMITMENTS = Map.of("c-1", CapitalSource.SOCIAL,
            "c-2", CapitalSource.STATE_OWNED);
    private static final List<String> RECORDED_IDS = List.of("c-1", "c-2", "call-1", "contrib-1", "contrib-2", "inv-1");

    /**
     * Committed 10m + 6m, called 4m (2.5m from c-1, 1.5m from c-2), paid in 2m by c-1, invested 1m in
     * {@link #HELD}: 1m cash available, 12m uncalled, 0.5m of the call still awaited from c-1 and 1.5m from c-2.
     */
    private static List<Object> history() {
        return List.of(
                new FundLaunched(FUND, "Belt and Road IP guidance fund", FundType.GUIDANCE, CNY, LAUNCH,
                        FundPolicy.none()),
                new CommitmentRecorded(FUND, new CommitmentId("c-1"), "Xiamen Finance Bureau", CapitalSource.SOCIAL,
                        cny("10000000.00"), LAUNCH),
                new CommitmentRecorded(FUND, new CommitmentId("c-2"), "Xiamen State Capital", CapitalSource.STATE_OWNED,
                        cny("6000000.00"), LAUNCH),
                new CapitalCalled(FUND, new CallId("call-1"), cny("4000000.00"), FEB_1, null, List.of(
                        new CallAllocation(new CommitmentId("c-1"), CapitalSource.SOCIAL, cny("2500000.00")),
                        new CallAllocation(new CommitmentId("c-2"), CapitalSource.STATE_OWNED, cny("1500000.00")))),
                new ContributionReceived(FUND, new ContributionId("contrib-1"), new CommitmentId("c-1"),
                        new CallId("call-1"), CapitalSource.SOCIAL, cny("1500000.00"), FEB_1),
                new ContributionReceived(FUND, new ContributionId("contrib-2"), new CommitmentId("c-1"),
                        new CallId("call-1"), CapitalSource.SOCIAL, cny("500000.00"), FEB_1),
                new DirectInvestmentRecorded(FUND, new InvestmentId("inv-1"), HELD, cny("1000000.00"), null,
                        cny("1000000.00"), MARCH_1, true));
    }

    @Test
    void aCommandIsRecordedAsExactlyWhatItSaysOrRefusedRecordingNothing() {
        Map<String, Integer> outcomes = Property.forAll(300, drafts(), FundCommandPropertyTest::recordedOrRefused);
        assertThat(outcomes.keySet()).as("outcomes reached")
                .anyMatch(outcome -> outcome.startsWith("recorded"))
                .anyMatch(outcome -> outcome.startsWith("refused"));
    }

    private static String recordedOrRefused(Draft draft) {
        Object command;
        try {
            command = draft.command().get();
        } catch (IllegalArgumentException refusedByAValue) {
            // Money never rounds: only an amount finer than its currency's smallest unit fails to be money at all
            assertThat(draft.amount().stripTrailingZeros().scale())
                    .as(refusedByAValue.getMessage())
                    .isGreaterThan(draft.currency().getDefaultFractionDigits());
            return "not money";
        }
        Outcome outcome = outcomeOf(command);
        List<Fault> obvious = draft.obviousFaults();
        if (outcome.refusal() != null) {
            assertThat(outcome.events()).as("events applied by a refused " + command).isEmpty();
            assertThat(outcome.refusal()).as("refusal of " + command).isInstanceOf(FundRuleViolation.class);
            FundRuleViolation refusal = (FundRuleViolation) outcome.refusal();
            assertThat(refusal.code()).matches("[A-Z_]+");
            assertThat(refusal.getMessage()).isNotBlank();
            if (refusal.field() != null) {
                assertThat(refusal.field()).isNotBlank();
            }
            if (!obvious.isEmpty()) {
                assertThat(obvious).as(command + " refused by " + refusal.code() + " on " + refusal.field())
                        .contains(new Fault(refusal.code(), refusal.field()));
            }
            return "refused " + refusal.code();
        }
        assertThat(obvious).as(command + " was recorded").isEmpty();
        assertThat(outcome.events()).as("events of " + command).hasSize(1);
        assertSaysExactly(command, outcome.events().get(0));
        return "recorded " + draft.kind();
    }

    private static void assertSaysExactly(Object command, Object event) {
        if (command instanceof RecordCommitment c) {
            assertThat(event).isEqualTo(new CommitmentRecorded(FUND, c.commitmentId(), c.investor(), c.source(),
                    c.amount(), c.date()));
        } else if (command instanceof CallCapital c) {
            assertThat(event).isInstanceOf(CapitalCalled.class);
            CapitalCalled called = (CapitalCalled) event;
            assertThat(called.fundId()).isEqualTo(FUND);
            assertThat(called.callId()).isEqualTo(c.callId());
            assertThat(called.amount()).isEqualTo(c.amount());
            assertThat(called.date()).isEqualTo(c.date());
            assertThat(called.dueDate()).isEqualTo(c.dueDate());
            assertThat(called.allocations().stream().map(CallAllocation::amount).reduce(Money.zero(CNY), Money::plus))
                    .as("the allocations add up to the call").isEqualTo(c.amount());
            assertThat(called.allocations()).allSatisfy(allocation -> {
                assertThat(allocation.amount().exceedsZero()).isTrue();
                assertThat(allocation.source()).isEqualTo(COMMITMENTS.get(allocation.commitmentId().value()));
            });
        } else if (command instanceof RecordContribution c) {
            assertThat(event).isEqualTo(new ContributionReceived(FUND, c.contributionId(), c.commitmentId(),
                    c.callId(), COMMITMENTS.get(c.commitmentId().value()), c.amount(), c.date()));
        } else if (command instanceof RecordDirectInvestment c) {
            assertThat(event).isEqualTo(new DirectInvestmentRecorded(FUND, c.investmentId(), c.company(), c.amount(),
                    c.exchangeRate(), fundAmountOf(c.amount(), c.exchangeRate()), c.date(), c.inTargetRegion()));
        } else if (command instanceof RecordFollowOnInvestment c) {
            assertThat(event).isEqualTo(new FollowOnInvestmentRecorded(FUND, c.investmentId(), c.company(),
                    c.amount(), c.exchangeRate(), fundAmountOf(c.amount(), c.exchangeRate()), c.date(), c.lead(),
                    c.inTargetRegion()));
        } else {
            throw new IllegalStateException("no expectation for " + command);
        }
    }

    private static Money fundAmountOf(Money amount, ExchangeRate rate) {
        return rate == null ? amount : rate.convert(amount, CNY);
    }

    // ---- running one command against the history ----

    private record Outcome(List<Object> events, Throwable refusal) {
    }

    private static Outcome outcomeOf(Object command) {
        FixtureConfiguration<Fund> fixture = new AggregateTestFixture<>(Fund.class).registerInjectableResource(CLOCK);
        ResultValidator<Fund> result = fixture.given(history()).when(command);
        List<Object> events = new ArrayList<>();
        result.expectEventsMatching(capturing(list ->
                list.forEach(message -> events.add(((EventMessage<?>) message).getPayload()))));
        Throwable[] refusal = new Throwable[1];
        try {
            result.expectSuccessfulHandlerExecution();
        } catch (AxonAssertionError failed) {
            result.expectException(capturing(thrown -> refusal[0] = (Throwable) thrown));
        }
        return new Outcome(events, refusal[0]);
    }

    @SuppressWarnings("unchecked")
    private static <T> BaseMatcher<T> capturing(Consumer<T> sink) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                sink.accept((T) actual);
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("anything (captured)");
            }
        };
    }

    // ---- the command space ----

    /** What a command will say, and the obvious faults in it; {@code command} builds it, or a value refuses. */
    record Draft(String kind, BigDecimal amount, Currency currency, LocalDate date, String id,
                 List<Fault> obviousFaults, Supplier<Object> command) {

        @Override
        public String toString() {
            return kind + " " + id + " " + amount.toPlainString() + " " + currency + " on " + date;
        }
    }

    record Fault(String code, String field) {
    }

    private static Gen<Draft> drafts() {
        return Gen.oneOf(commitments(), calls(), contributions(), directInvestments(), followOns());
    }

    private static Gen<Draft> commitments() {
        return random -> {
            String id = ids().draw(random);
            String investor = names().draw(random);
            CapitalSource source = Gen.of(CapitalSource.values()).draw(random);
            BigDecimal amount = amounts().draw(random);
            Currency currency = currencies().draw(random);
            LocalDate date = dates().draw(random);
            return new Draft("commitment", amount, currency, date, id, capitalFaults(id, amount, currency, date),
                    () -> new RecordCommitment(FUND, new CommitmentId(id), investor, source,
                            new Money(amount, currency), date));
        };
    }

    private static Gen<Draft> calls() {
        Gen<Integer> dueInDays = Gen.frequency(weighted(2, Gen.just(-1)), weighted(1, Gen.integers(0, 60)));
        Gen<List<String>> named = Gen.of("c-1", "c-2", "c-unknown").list(0, 2);
        return random -> {
            String id = ids().draw(random);
            BigDecimal amount = amounts().draw(random);
            Currency currency = currencies().draw(random);
            LocalDate date = dates().draw(random);
            int due = dueInDays.draw(random);
            List<String> commitmentIds = named.draw(random);
            List<Fault> faults = capitalFaults(id, amount, currency, date);
            if (commitmentIds.contains("c-unknown")) {
                faults.add(new Fault("COMMITMENT_NOT_FOUND", "commitmentId"));
            }
            return new Draft("call", amount, currency, date, id, faults,
                    () -> new CallCapital(FUND, new CallId(id), new Money(amount, currency), date,
                            due < 0 ? null : date.plusDays(due),
                            commitmentIds.stream().map(CommitmentId::new).toList()));
        };
    }

    private static Gen<Draft> contributions() {
        Gen<String> commitments = Gen.frequency(weighted(8, Gen.of("c-1", "c-2")), weighted(1, Gen.just("c-unknown")));
        Gen<String> calls = Gen.frequency(weighted(8, Gen.just("call-1")), weighted(1, Gen.just("call-unknown")));
        return random -> {
            String id = ids().draw(random);
            String commitment = commitments.draw(random);
            String call = calls.draw(random);
            BigDecimal amount = amounts().draw(random);
            Currency currency = currencies().draw(random);
            LocalDate date = dates().draw(random);
            List<Fault> faults = capitalFaults(id, amount, currency, date);
            if (commitment.equals("c-unknown")) {
                faults.add(new Fault("COMMITMENT_NOT_FOUND", "commitmentId"));
            }
            if (call.equals("call-unknown")) {
                faults.add(new Fault("CALL_NOT_FOUND", "callId"));
            }
            return new Draft("contribution", amount, currency, date, id, faults,
                    () -> new RecordContribution(FUND, new ContributionId(id), new CommitmentId(commitment),
                            new CallId(call), new Money(amount, currency), date));
        };
    }

    private static Gen<Draft> directInvestments() {
        return random -> {
            String id = ids().draw(random);
            Supplier<Company> company = companies().draw(random);
            BigDecimal amount = amounts().draw(random);
            Currency currency = currencies().draw(random);
            Optional<ExchangeRate> rate = rates().draw(random);
            LocalDate date = dates().draw(random);
            boolean inRegion = random.nextBoolean();
            return new Draft("direct investment", amount, currency, date, id,
                    dealFaults(id, amount, currency, rate, date),
                    () -> new RecordDirectInvestment(FUND, new InvestmentId(id), company.get(),
                            new Money(amount, currency), rate.orElse(null), date, inRegion));
        };
    }

    /** Later rounds in a company the fund holds, or does not: no lead, so no co-investment policy is judged. */
    private static Gen<Draft> followOns() {
        Gen<Supplier<Company>> heldOrNot = Gen.oneOf(Gen.just(() -> HELD),
                Gen.just(() -> new Company("  silk road   PATENT co ", null, null, null)), companies());
        return random -> {
            String id = ids().draw(random);
            Supplier<Company> company = heldOrNot.draw(random);
            BigDecimal amount = amounts().draw(random);
            Currency currency = currencies().draw(random);
            Optional<ExchangeRate> rate = rates().draw(random);
            LocalDate date = dates().draw(random);
            return new Draft("follow-on", amount, currency, date, id, dealFaults(id, amount, currency, rate, date),
                    () -> new RecordFollowOnInvestment(FUND, new InvestmentId(id), company.get(),
                            new Money(amount, currency), rate.orElse(null), date, null, false));
        };
    }

    private static List<Fault> capitalFaults(String id, BigDecimal amount, Currency currency, LocalDate date) {
        List<Fault> faults = commonFaults(id, amount, date);
        if (!currency.equals(CNY)) {
            faults.add(new Fault("CURRENCY_MISMATCH", "amount"));
        }
        return faults;
    }

    private static List<Fault> dealFaults(String id, BigDecimal amount, Currency currency,
                                          Optional<ExchangeRate> rate, LocalDate date) {
        List<Fault> faults = commonFaults(id, amount, date);
        if (!currency.equals(CNY) && rate.isEmpty()) {
            faults.add(new Fault("CURRENCY_MISMATCH", "exchangeRate"));
        }
        if (currency.equals(CNY) && rate.isPresent()) {
            faults.add(new Fault("EXCHANGE_RATE_NOT_APPLICABLE", "exchangeRate"));
        }
        return faults;
    }

    private static List<Fault> commonFaults(String id, BigDecimal amount, LocalDate date) {
        List<Fault> faults = new ArrayList<>();
        if (RECORDED_IDS.contains(id)) {
            faults.add(new Fault("DUPLICATE_ID", null));
        }
        if (amount.signum() <= 0) {
            faults.add(new Fault("AMOUNT_NOT_POSITIVE", "amount"));
        }
        if (date.isBefore(LAUNCH)) {
            faults.add(new Fault("DATE_BEFORE_LAUNCH", "date"));
        }
        if (date.isAfter(TODAY)) {
            faults.add(new Fault("DATE_IN_FUTURE", "date"));
        }
        return faults;
    }

    private static Gen<String> ids() {
        return Gen.frequency(
                weighted(9, Gen.strings("abcdefghijklmnopqrstuvwxyz0123456789._-", 1, 20).map(s -> "new-" + s)),
                weighted(1, Gen.of(RECORDED_IDS)));
    }

    /** Free text as people and attackers write it: the domain keeps it as given. */
    static Gen<String> names() {
        Gen<String> fragments = Gen.of("Xiamen Finance Bureau", "'; DROP TABLE domainevententry; --",
                "' OR '1'='1", "<script>alert(1)</script>", "&amp;", "\"><img src=x onerror=alert(1)>", "\t", "\n",
                "\r\n", "\u0000", "\u001b[31m", "厦门市财政局", "一带一路", "🚀💰", "שלום", "مرحبا", "\u202e", "\\", "%s", " ");
        return fragments.list(1, 5).map(parts -> String.join("", parts)).filter(name -> !name.isBlank());
    }

    private static Gen<Supplier<Company>> companies() {
        return names().filter(name -> name.length() <= 200)
                .map(name -> () -> new Company(name, "IP services", "CN", null));
    }

    private static Gen<Optional<ExchangeRate>> rates() {
        return Gen.frequency(
                weighted(3, Gen.just(Optional.empty())),
                weighted(1, Gen.of("7.12345", "0.0001", "1").map(rate -> Optional.of(ExchangeRate.of(rate)))));
    }

    private static Gen<Currency> currencies() {
        return Gen.frequency(weighted(14, Gen.just(CNY)),
                weighted(1, Gen.just(Currency.getInstance("USD"))),
                weighted(1, Gen.just(Currency.getInstance("JPY"))));
    }

    /** Valid amounts of every size the fund handles, and zero, negative, too fine and absurdly huge ones. */
    static Gen<BigDecimal> amounts() {
        return Gen.frequency(
                weighted(4, Gen.decimals(new BigDecimal("0.01"), new BigDecimal("3000000.00"), 2)),
                weighted(4, Gen.decimals(new BigDecimal("0.01"), new BigDecimal("10000.00"), 2)),
                weighted(1, Gen.of("0.01", "0", "0.00", "-0.01", "1000000.00", "1000000.01", "500000.00",
                        "500000.01", "1500000.00", "1500000.01", "12000000.00", "12000000.01").map(BigDecimal::new)),
                weighted(1, Gen.decimals(new BigDecimal("-5000000"), new BigDecimal("-0.01"), 2)),
                weighted(1, Gen.decimals(new BigDecimal("0.001"), new BigDecimal("1000"), 3)),
                weighted(1, Gen.of("1E+20", "999999999999999999999999.99", "1E+400").map(BigDecimal::new)));
    }

    private static Gen<LocalDate> dates() {
        return Gen.frequency(
                weighted(6, Gen.integers(0, (int) (TODAY.toEpochDay() - LAUNCH.toEpochDay())).map(LAUNCH::plusDays)),
                weighted(2, Gen.of(LAUNCH, LAUNCH.minusDays(1), TODAY, TODAY.plusDays(1), FEB_1, MARCH_1)),
                weighted(1, Gen.integers(1, 5000).map(LAUNCH::minusDays)),
                weighted(1, Gen.integers(1, 5000).map(TODAY::plusDays)));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
