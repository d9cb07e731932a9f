package org.ipfund.domain.testing;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * A property checked on examples drawn at random. Each run draws from a new seed unless {@code -Dproperty.seed=...}
 * names one; a failure names the seed and the example as drawn (nothing is shrunk), and that seed draws the same
 * examples again in the same order.
 */
public final class Property {

    public static final String SEED = "property.seed";

    private Property() {
    }

    /**
     * Checks the property on {@code tries} examples, each answered with the outcome it reached; answers how often
     * each outcome was reached, and prints it, so that a run shows what it covered.
     */
    public static <T> Map<String, Integer> forAll(int tries, Gen<T> examples, Function<? super T, String> property) {
        long seed = Long.getLong(SEED, ThreadLocalRandom.current().nextLong());
        String name = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()
                .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
                        + frame.getMethodName())
                .orElse("property"));
        Random random = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int attempt = 1; attempt <= tries; attempt++) {
            T example = examples.draw(random);
            String outcome;
            try {
                outcome = property.apply(example);
            } catch (AssertionError | RuntimeException failed) {
                throw new AssertionError(name + " fails on try " + attempt + " of " + tries + " (seed " + seed
                        + "; -D" + SEED + "=" + seed + " draws the same examples) with the example: " + example
                        + "\n" + failed.getMessage(), failed);
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.println(name + ": " + tries + " tries, seed " + seed + ", outcomes " + outcomes);
        return outcomes;
    }
}
