package org.ipfund.domain.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount across weights in proportion, exactly: each share is rounded down to the currency's
 * smallest unit and the units left over go, one each, to the largest remainders (ties to the earlier
 * weight). The shares always add up to the whole.
 */
public final class ProRata {

    private ProRata() {
    }

    public static List<Money> split(Money whole, List<Money> weights) {
        if (whole.amount().signum() < 0) {
            throw new IllegalArgumentException("only a positive amount or zero is split, not " + whole);
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("nothing to split across");
        }
        BigInteger units = BigInteger.valueOf(whole.minorUnits());
        List<BigInteger> weightUnits = new ArrayList<>();
        for (Money weight : weights) {
            if (!weight.hasCurrency(whole.currency())) {
                throw new CurrencyMismatch(whole.currency(), weight.currency());
            }
            if (weight.amount().signum() < 0) {
                throw new IllegalArgumentException("a weight cannot be negative: " + weight);
            }
            weightUnits.add(BigInteger.valueOf(weight.minorUnits()));
        }
        BigInteger total = weightUnits.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (total.signum() <= 0) {
            throw new IllegalArgumentException("the weights add up to nothing");
        }
        List<BigInteger> shares = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        for (BigInteger weight : weightUnits) {
            BigInteger[] quotient = units.multiply(weight).divideAndRemainder(total);
            shares.add(quotient[0]);
            remainders.add(quotient[1]);
        }
        BigInteger leftOver = units.subtract(shares.stream().reduce(BigInteger.ZERO, BigInteger::add));
        List<Integer> byRemainder = IntStream.range(0, shares.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int i = 0; i < leftOver.intValueExact(); i++) {
            int index = byRemainder.get(i);
            shares.set(index, shares.get(index).add(BigInteger.ONE));
        }
        return shares.stream().map(s -> Money.ofMinorUnits(s.longValueExact(), whole.currency())).toList();
    }
}
