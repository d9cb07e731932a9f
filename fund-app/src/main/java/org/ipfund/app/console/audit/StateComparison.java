package org.ipfund.app.console.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ipfund.audit.history.FundStateView;
import org.ipfund.audit.history.FundStateView.SourceCapital;
import org.ipfund.domain.CapitalSource;
import org.ipfund.domain.money.Money;

/**
 * One fund on one business date as the store knows it now and as it knew it at an earlier instant, figure by figure
 * and fact by fact: what an auditor compares to see what was recorded since, and what a later correction changed.
 * {@code then} is null when the store had not yet recorded the fund at that instant.
 */
public record StateComparison(FundStateView now, FundStateView then, List<Figure> figures, List<Count> counts,
                              List<Fact> facts) {

    /** A figure of the fund, for one capital source where {@code source} is given. */
    public record Figure(String key, CapitalSource source, Money now, Money then) {
        public boolean differs() {
            return !Objects.equals(now, then);
        }
    }

    /** How many events each answer rests on, and where the last of them stands. */
    public record Count(String key, Long now, Long then) {
        public boolean differs() {
            return !Objects.equals(now, then);
        }
    }

    /** Whether a fact is known, and whether it stands or a correction reversed it. */
    public enum Standing {
        UNKNOWN,
        STANDS,
        REVERSED
    }

    /** A recorded fact (a commitment, a call, a deal…) with its amount in the fund's currency in either answer. */
    public record Fact(String kind, String id, LocalDate date, Money now, Standing nowStanding, Money then,
                       Standing thenStanding) {
        public boolean differs() {
            return nowStanding != thenStanding || !Objects.equals(now, then);
        }
    }

    private record Known(String kind, String id, LocalDate date, Money amount, boolean reversed) {
        String key() {
            return kind + ":" + id;
        }
    }

    static StateComparison of(FundStateView now, FundStateView then) {
        List<Figure> figures = new ArrayList<>();
        figure(figures, "figure.committed", now, then, view -> view.capital().committed());
        figure(figures, "figure.called", now, then, view -> view.capital().called());
        figure(figures, "figure.paidIn", now, then, view -> view.capital().paidIn());
        figure(figures, "figure.invested", now, then, view -> view.capital().invested());
        figure(figures, "figure.committedToSubFunds", now, then, view -> view.capital().committedToSubFunds());
        figure(figures, "figure.uncalled", now, then, view -> view.capital().uncalled());
        figure(figures, "figure.unfunded", now, then, view -> view.capital().unfunded());
        figure(figures, "figure.available", now, then, view -> view.capital().available());
        figure(figures, "figure.investable", now, then, view -> view.capital().investable());
        for (CapitalSource source : sources(now, then)) {
            bySource(figures, "figure.committed", source, now, then, SourceCapital::committed);
            bySource(figures, "figure.called", source, now, then, SourceCapital::called);
            bySource(figures, "figure.paidIn", source, now, then, SourceCapital::paidIn);
        }
        figure(figures, "audit.figure.distributed", now, then, view -> view.distributed().amount());
        figure(figures, "audit.figure.cash", now, then, view -> view.netAssets().cash());
        figure(figures, "figure.fairValue", now, then, view -> view.netAssets().fairValue());
        figure(figures, "audit.figure.nav", now, then, view -> view.netAssets().nav());
        List<Count> counts = List.of(
                new Count("audit.state.eventsKnown", (long) now.eventsKnown(),
                        then == null ? null : (long) then.eventsKnown()),
                new Count("audit.state.eventsCounted", (long) now.eventsCounted(),
                        then == null ? null : (long) then.eventsCounted()),
                new Count("audit.state.lastPosition", now.lastPosition(), then == null ? null : then.lastPosition()));
        return new StateComparison(now, then, List.copyOf(figures), counts, facts(now, then));
    }

    private static void figure(List<Figure> figures, String key, FundStateView now, FundStateView then,
                               Function<FundStateView, Money> figure) {
        figures.add(new Figure(key, null, figure.apply(now), then == null ? null : figure.apply(then)));
    }

    private static void bySource(List<Figure> figures, String key, CapitalSource source, FundStateView now,
                                 FundStateView then, Function<SourceCapital, Money> figure) {
        figures.add(new Figure(key, source, ofSource(now, source, figure), ofSource(then, source, figure)));
    }

    private static Money ofSource(FundStateView view, CapitalSource source, Function<SourceCapital, Money> figure) {
        if (view == null) {
            return null;
        }
        SourceCapital capital = view.bySource().get(source);
        return capital == null ? Money.zero(Currency.getInstance(view.currency())) : figure.apply(capital);
    }

    /** The sources that brought in anything by either answer; the others would be rows of zeros. */
    private static Set<CapitalSource> sources(FundStateView now, FundStateView then) {
        Set<CapitalSource> sources = EnumSet.noneOf(CapitalSource.class);
        for (FundStateView view : then == null ? List.of(now) : List.of(now, then)) {
            view.bySource().forEach((source, capital) -> {
                if (Stream.of(capital.committed(), capital.called(), capital.paidIn())
                        .anyMatch(amount -> amount.amount().signum() != 0)) {
                    sources.add(source);
                }
            });
        }
        return sources;
    }

    private static List<Fact> facts(FundStateView now, FundStateView then) {
        Map<String, Known> known = new LinkedHashMap<>();
        known(now).forEach(fact -> known.put(fact.key(), fact));
        Map<String, Known> knownThen = new LinkedHashMap<>();
        if (then != null) {
            known(then).forEach(fact -> knownThen.put(fact.key(), fact));
        }
        Map<String, Known> every = new LinkedHashMap<>(known);
        knownThen.forEach(every::putIfAbsent);
        return every.values().stream()
                .sorted(Comparator.comparing(Known::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(fact -> {
                    Known inNow = known.get(fact.key());
                    Known inThen = knownThen.get(fact.key());
                    return new Fact(fact.kind(), fact.id(), fact.date(), amount(inNow), standing(inNow),
                            amount(inThen), standing(inThen));
                })
                .toList();
    }

    private static Money amount(Known fact) {
        return fact == null ? null : fact.amount();
    }

    private static Standing standing(Known fact) {
        if (fact == null) {
            return Standing.UNKNOWN;
        }
        return fact.reversed() ? Standing.REVERSED : Standing.STANDS;
    }

    /** Every fact the answer lists, each with the amount it moved in the fund's currency. */
    private static Stream<Known> known(FundStateView view) {
        return Stream.of(
                view.commitments().stream().map(c -> new Known("commitment", c.commitmentId(), c.date(), c.amount(),
                        c.reversed())),
                view.capitalCalls().stream().map(c -> new Known("call", c.callId(), c.date(), c.amount(),
                        c.reversed())),
                view.contributions().stream().map(c -> new Known("contribution", c.contributionId(), c.date(),
                        c.amount(), c.reversed())),
                view.investments().stream().map(i -> new Known("investment", i.investmentId(), i.date(),
                        i.fundAmount(), i.reversed())),
                view.coInvestments().stream().map(c -> new Known("coInvestment", c.coInvestmentId(), c.date(),
                        c.fundAmount(), c.reversed())),
                view.subFunds().stream().map(s -> new Known("subFund", s.subFundId() + " · " + s.commitmentId(),
                        s.date(), s.amount(), s.reversed())),
                view.holdings().stream().flatMap(h -> h.valuations().stream()).map(v -> new Known("valuation",
                        v.valuationId(), v.date(), v.fundFairValue(), v.reversed())),
                view.holdings().stream().flatMap(h -> h.exits().stream()).map(e -> new Known("exit", e.exitId(),
                        e.date(), e.fundProceeds(), e.reversed())),
                view.distributions().stream().map(d -> new Known("distribution", d.distributionId(), d.date(),
                        d.amount(), d.reversed())))
                .flatMap(Function.identity());
    }
}
