package org.ipfund.domain.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ipfund.domain.money.CurrencyMismatch;
import org.ipfund.domain.money.Money;
import org.ipfund.domain.money.ProRata;

/**
 * How a distribution (分配) is shared among the commitments: return of capital first, pro rata to each commitment's
 * paid-in not yet returned, until all of it is returned; only then gain, pro rata to paid-in. Each leg is split by
 * {@link ProRata} (largest remainder to the currency's smallest unit), so the shares add up to the distribution
 * exactly and no commitment gets back more capital than it has outstanding.
 */
public final class DistributionWaterfall {

    private DistributionWaterfall() {
    }

    /**
     * The shares of {@code amount}, one per stake in the order given. Refused when no stake has paid anything in:
     * there is nobody to distribute to, and the fund refuses such a distribution before it gets here.
     */
    public static List<Share> split(Money amount, List<Stake> stakes) {
        Objects.requireNonNull(amount, "amount");
        if (amount.amount().signum() < 0) {
            throw new IllegalArgumentException("a distribution cannot be negative: " + amount);
        }
        Money zero = Money.zero(amount.currency());
        List<Money> paidIn = new ArrayList<>();
        List<Money> unreturned = new ArrayList<>();
        for (Stake stake : stakes) {
            if (!stake.paidIn().hasCurrency(amount.currency())) {
                throw new CurrencyMismatch(amount.currency(), stake.paidIn().currency());
            }
            paidIn.add(stake.paidIn());
            unreturned.add(stake.unreturned());
        }
        Money totalPaidIn = paidIn.stream().reduce(zero, Money::plus);
        if (!totalPaidIn.exceedsZero()) {
            throw new IllegalArgumentException("no commitment has paid anything in: nobody to distribute to");
        }
        Money totalUnreturned = unreturned.stream().reduce(zero, Money::plus);
        Money capital = amount.isGreaterThan(totalUnreturned) ? totalUnreturned : amount;
        List<Money> capitalShares = splitOrZeros(capital, unreturned);
        List<Money> gainShares = splitOrZeros(amount.minus(capital), paidIn);
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < stakes.size(); i++) {
            shares.add(new Share(stakes.get(i).commitmentId(), capitalShares.get(i), gainShares.get(i)));
        }
        return List.copyOf(shares);
    }

    /** Nothing to split leaves nothing to weigh: all capital may already be returned when only gain is paid. */
    private static List<Money> splitOrZeros(Money whole, List<Money> weights) {
        if (whole.isZero()) {
            return weights.stream().map(weight -> Money.zero(whole.currency())).toList();
        }
        return ProRata.split(whole, weights);
    }

    /** A commitment's capital paid in to date and the part of it already returned by earlier distributions. */
    public record Stake(String commitmentId, Money paidIn, Money returned) {

        public Stake {
            Objects.requireNonNull(commitmentId, "commitmentId");
            Objects.requireNonNull(paidIn, "paidIn");
            Objects.requireNonNull(returned, "returned");
            if (!paidIn.hasCurrency(returned.currency())) {
                throw new CurrencyMismatch(paidIn.currency(), returned.currency());
            }
            if (paidIn.amount().signum() < 0 || returned.amount().signum() < 0) {
                throw new IllegalArgumentException("paid-in and returned capital cannot be negative: %s, %s"
                        .formatted(paidIn, returned));
            }
            if (returned.isGreaterThan(paidIn)) {
                throw new IllegalArgumentException("%s cannot have had %s of capital returned with only %s paid in"
                        .formatted(commitmentId, returned, paidIn));
            }
        }

        public Money unreturned() {
            return paidIn.minus(returned);
        }
    }

    /** One commitment's part of a distribution: capital returned to it and gain paid on top. */
    public record Share(String commitmentId, Money returnOfCapital, Money gain) {

        public Money amount() {
            return returnOfCapital.plus(gain);
        }
    }
}
