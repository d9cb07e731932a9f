package org.ipfund.domain.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A way to draw examples for a property: the same random source, seeded alike, draws the same example again. Ranges
 * of numbers draw their bounds now and then, and small values (next to the bound nearest zero) about as often as
 * large ones, so that neither edge is left to luck.
 */
@FunctionalInterface
public interface Gen<T> {

    T draw(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapping) {
        return random -> mapping.apply(draw(random));
    }

    /** Only examples that pass; a filter that almost nothing passes is a mistake in the test, and says so. */
    default Gen<T> filter(Predicate<? super T> passing) {
        return random -> {
            for (int attempt = 0; attempt < 10_000; attempt++) {
                T example = draw(random);
                if (passing.test(example)) {
                    return example;
                }
            }
            throw new IllegalStateException("10000 examples drawn in a row and none passes the filter");
        };
    }

    /** Lists of this generator's examples, between {@code min} and {@code max} long, each length as likely. */
    default Gen<List<T>> list(int min, int max) {
        Gen<Integer> sizes = integers(min, max);
        return random -> {
            int size = sizes.draw(random);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(draw(random));
            }
            return list;
        };
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    /** One of the values, each as likely. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw from");
        }
        List<? extends T> choices = List.copyOf(values);
        return random -> choices.get(random.nextInt(choices.size()));
    }

    /** An example of one of the generators, each as likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return random -> gens[random.nextInt(gens.length)].draw(random);
    }

    record Weighted<T>(int weight, Gen<? extends T> gen) {

        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("a weight must be above zero: " + weight);
            }
        }
    }

    static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** An example of one of the generators, each chosen in proportion to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        int total = 0;
        for (Weighted<? extends T> choice : choices) {
            total += choice.weight();
        }
        int sum = total;
        return random -> {
            int ticket = random.nextInt(sum);
            for (Weighted<? extends T> choice : choices) {
                ticket -= choice.weight();
                if (ticket < 0) {
                    return choice.gen().draw(random);
                }
            }
            throw new IllegalStateException("unreachable: the tickets add up to the weights");
        };
    }

    static Gen<Integer> integers(int min, int max) {
        return decimals(BigDecimal.valueOf(min), BigDecimal.valueOf(max), 0).map(BigDecimal::intValueExact);
    }

    /**
     * Decimals from {@code min} to {@code max} inclusive with exactly {@code scale} digits after the point: one in
     * ten a bound, the others evenly spread, or spread evenly over their number of digits (so 0.05 is as likely as
     * 50,000.00), each half of the time.
     */
    static Gen<BigDecimal> decimals(BigDecimal min, BigDecimal max, int scale) {
        BigInteger low = min.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
        BigInteger high = max.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("an empty range: " + min + " to " + max);
        }
        BigInteger span = high.subtract(low);
        // small values are those next to zero, or to the bound nearest it
        BigInteger origin = low.signum() >= 0 ? low : high.signum() <= 0 ? high : BigInteger.ZERO;
        return random -> {
            int kind = random.nextInt(20);
            BigInteger unscaled;
            if (kind < 2) {
                unscaled = kind == 0 ? low : high;
            } else if (kind < 11) {
                unscaled = low.add(below(span.add(BigInteger.ONE), random));
            } else {
                int bits = random.nextInt(span.bitLength() + 1);
                BigInteger step = below(BigInteger.ONE.shiftLeft(bits), random);
                BigInteger up = origin.add(step);
                BigInteger down = origin.subtract(step);
                boolean upward = origin.equals(low) || (!origin.equals(high) && random.nextBoolean());
                unscaled = upward ? up.min(high) : down.max(low);
            }
            return new BigDecimal(unscaled, scale);
        };
    }

    /** Strings of the given characters, between {@code min} and {@code max} long. */
    static Gen<String> strings(String characters, int min, int max) {
        Gen<Character> character = of(characters.chars().mapToObj(c -> (char) c).toList());
        return character.list(min, max).map(chars -> {
            StringBuilder text = new StringBuilder(chars.size());
            chars.forEach(text::append);
            return text.toString();
        });
    }

    private static BigInteger below(BigInteger bound, Random random) {
        BigInteger drawn;
        do {
            drawn = new BigInteger(bound.bitLength(), random);
        } while (drawn.compareTo(bound) >= 0);
        return drawn;
    }
}
